package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What every {@code container.*} check shares: SKIPPED when the profile names no {@code containers}, one
 * {@link ContainerScan} per run (shared through {@link dev.readiness.check.SharedResources}), ERROR with the cause
 * when Docker is unreachable or a container is missing, then a pure policy over the inspected containers, with each
 * container's user, privileges, capabilities and resource limits as evidence. No request is sent to the target.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ContainerCheck implements Check {

  @Override
  public final Category category() {
    return Category.CONFIG;
  }

  @Override
  public final Outcome run(CheckContext context) {
    List<String> references = context.profile().containers();
    if (references.isEmpty()) {
      return Outcome.skipped("containers is not configured in the stack profile, so there is no running container "
          + "to inspect");
    }
    ContainerScan scan = context.shared().computeIfAbsent("container.scan:" + references, ContainerScan.class,
        () -> ContainerScan.of(references));
    if (scan.failure().isPresent()) {
      return Outcome.error(scan.failure().get(), List.of());
    }
    return Outcome.of(passMessage(scan.containers()), findings(scan.containers()),
        scan.containers().stream().map(InspectedContainer::evidence).toList());
  }

  /**
   * @param containers the inspected containers, at least one
   * @return the policy's findings
   */
  protected abstract List<Finding> findings(List<InspectedContainer> containers);

  /**
   * @param containers the inspected containers, at least one
   * @return what held when nothing blocks
   */
  protected abstract String passMessage(List<InspectedContainer> containers);

  /** @return the containers' names, for messages: {@code 'web', 'api'} */
  protected static String names(List<InspectedContainer> containers) {
    return String.join(", ", containers.stream().map(c -> "'" + c.name() + "'").toList());
  }
}
