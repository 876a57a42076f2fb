package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code container.user} rule: no inspected container runs its process as root, whether root is named
 * ({@code root}, {@code root:app}), numbered ({@code 0}, {@code 0:1000}) or implied by an empty user, which means the
 * image's default, root.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerUserPolicy {

  /** The one-line fix of every finding. */
  public static final String FIX = "Run as a non-root user: USER 10001 in the Dockerfile, user: \"10001:10001\" in "
      + "compose, or securityContext runAsNonRoot: true with runAsUser: 10001 in Kubernetes";

  private ContainerUserPolicy() {}

  /**
   * @param containers the inspected containers
   * @return one blocking finding per container whose process user is root
   */
  public static List<Finding> evaluate(List<InspectedContainer> containers) {
    return containers.stream()
        .filter(container -> container.user().isRoot())
        .map(container -> Finding.fail(container.label() + " runs as root: " + (container.user().isDefault()
            ? "Config.User is empty, so the image's default user, root, applies"
            : "Config.User is '" + container.user().text() + "'"), FIX))
        .toList();
  }
}
