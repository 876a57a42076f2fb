package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/**
 * Live containers: {@code container.user} and {@code container.privileged}. They inspect the profile's
 * {@code containers}, or the container of the class's {@link dev.readiness.junit.ReadinessTarget} field, through the
 * Docker API, and are SKIPPED when neither names one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ContainerKit extends ReadinessKit {

  /** {@code container.user}: a running container's process user is not root. */
  @ReadinessCheck("container.user")
  default void containerUser(CheckRun run) {
    run.verify();
  }

  /** {@code container.privileged}: not privileged, no added capabilities beyond the default. */
  @ReadinessCheck("container.privileged")
  default void containerPrivileged(CheckRun run) {
    run.verify();
  }
}
