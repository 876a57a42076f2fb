package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** Exposed files and debug endpoints: the {@code exposure.*} checks. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExposureKit extends ReadinessKit {

  /** {@code exposure.files}: no {@code .env}, {@code .git}, {@code config.json} or backup served with real content. */
  @ReadinessCheck("exposure.files")
  default void files(CheckRun run) {
    run.verify();
  }

  /** {@code exposure.debug-endpoints}: no docs, actuator, metrics or debug endpoint open, unless allowed. */
  @ReadinessCheck("exposure.debug-endpoints")
  default void debugEndpoints(CheckRun run) {
    run.verify();
  }
}
