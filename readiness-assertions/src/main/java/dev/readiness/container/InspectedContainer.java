package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Evidence;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@code docker inspect} says about one container that the {@code container.*} checks judge.
 *
 * @param reference the name or id the container was asked for by
 * @param id the full container id
 * @param name the container's name, without Docker's leading {@code /}
 * @param image the image the container was created from, as configured
 * @param status the state, for example {@code running} or {@code created}
 * @param user the configured user ({@code Config.User}); empty means root
 * @param privileged {@code HostConfig.Privileged}
 * @param capAdd {@code HostConfig.CapAdd}, as Docker reports it
 * @param capDrop {@code HostConfig.CapDrop}, as Docker reports it
 * @param limits the resource limits
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record InspectedContainer(String reference, String id, String name, String image, String status,
    ContainerUser user, boolean privileged, List<String> capAdd, List<String> capDrop, ResourceLimits limits) {

  /** Copies the lists and validates that every part is present. */
  public InspectedContainer {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(user, "user");
    capAdd = List.copyOf(capAdd);
    capDrop = List.copyOf(capDrop);
    Objects.requireNonNull(limits, "limits");
  }

  /** @return for example {@code container 'web' (3f2a1b9c0d1e, image app:1.4)} */
  public String label() {
    return "container '" + name + "' (" + id.substring(0, Math.min(12, id.length())) + ", image " + image + ")";
  }

  /** @return what was inspected, as a person reads it: user, privileges, capabilities and limits */
  public Evidence evidence() {
    return new Evidence("docker inspect " + reference + " -> " + label() + ", " + status, String.join("\n",
        "Config.User: " + (user.isDefault() ? "(empty: the image's default, root)" : user.text()),
        "HostConfig.Privileged: " + privileged,
        "HostConfig.CapAdd: " + capAdd,
        "HostConfig.CapDrop: " + capDrop,
        "limits: " + limits.describe()));
  }
}
