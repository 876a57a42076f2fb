package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code container.privileged}: not privileged, no added capabilities beyond the default. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerPrivilegedCheck extends ContainerCheck {

  /** The catalogue id. */
  public static final String ID = "container.privileged";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Containers are not privileged and add no capabilities";
  }

  @Override
  protected List<Finding> findings(List<InspectedContainer> containers) {
    return ContainerPrivilegedPolicy.evaluate(containers);
  }

  @Override
  protected String passMessage(List<InspectedContainer> containers) {
    return "no inspected container runs privileged or adds a capability beyond Docker's default set: "
        + names(containers);
  }
}
