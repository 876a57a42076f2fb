package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/**
 * Repository configuration: {@code config.env-example}, {@code config.secrets}, {@code docker.user},
 * {@code docker.pinned}, {@code docker.healthcheck}, {@code compose.resources}, {@code compose.ports}. They read the
 * profile's {@code repository} and are SKIPPED without it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RepositoryKit extends ReadinessKit {

  /** {@code config.env-example}: {@code .env.example} lists every environment variable the code reads. */
  @ReadinessCheck("config.env-example")
  default void envExample(CheckRun run) {
    run.verify();
  }

  /** {@code config.secrets}: no committed {@code .env} with values, no literal secrets in compose or examples. */
  @ReadinessCheck("config.secrets")
  default void secrets(CheckRun run) {
    run.verify();
  }

  /** {@code docker.user}: every Dockerfile's final stage sets a non-root {@code USER}. */
  @ReadinessCheck("docker.user")
  default void dockerUser(CheckRun run) {
    run.verify();
  }

  /** {@code docker.pinned}: every {@code FROM} and {@code image:} has a non-latest tag or a digest. */
  @ReadinessCheck("docker.pinned")
  default void dockerPinned(CheckRun run) {
    run.verify();
  }

  /** {@code docker.healthcheck}: each service has a healthcheck. */
  @ReadinessCheck("docker.healthcheck")
  default void dockerHealthcheck(CheckRun run) {
    run.verify();
  }

  /** {@code compose.resources}: each compose service sets memory and CPU limits. */
  @ReadinessCheck("compose.resources")
  default void composeResources(CheckRun run) {
    run.verify();
  }

  /** {@code compose.ports}: database and cache ports are not published on all interfaces. */
  @ReadinessCheck("compose.ports")
  default void composePorts(CheckRun run) {
    run.verify();
  }
}
