package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A container's state as {@code docker inspect} reports it ({@code State}).
 *
 * @param name the container's name, without Docker's leading {@code /}
 * @param id the full container id
 * @param running {@code State.Running}
 * @param exitCode {@code State.ExitCode}: the last exit's code (143 after SIGTERM, 137 after SIGKILL)
 * @param oomKilled {@code State.OOMKilled}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContainerState(String name, String id, boolean running, long exitCode, boolean oomKilled) {

  /** Rejects null components. */
  public ContainerState {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  /** @return for example {@code container 'api' (3f2a1b9c0d1e)} */
  public String label() {
    return "container '" + name + "' (" + id.substring(0, Math.min(12, id.length())) + ")";
  }
}
