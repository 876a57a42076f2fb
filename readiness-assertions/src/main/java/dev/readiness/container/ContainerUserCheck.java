package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code container.user}: a running container's process user is not root. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerUserCheck extends ContainerCheck {

  /** The catalogue id. */
  public static final String ID = "container.user";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Containers run as a non-root user";
  }

  @Override
  protected List<Finding> findings(List<InspectedContainer> containers) {
    return ContainerUserPolicy.evaluate(containers);
  }

  @Override
  protected String passMessage(List<InspectedContainer> containers) {
    return "every inspected container runs as a non-root user: " + String.join(", ", containers.stream()
        .map(c -> "'" + c.name() + "' as " + c.user().text()).toList());
  }
}
