package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** Operations: {@code health.endpoint}. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface OperationsKit extends ReadinessKit {

  /** {@code health.endpoint}: the health path answers 2xx within 1 s. */
  @ReadinessCheck("health.endpoint")
  default void healthEndpoint(CheckRun run) {
    run.verify();
  }
}
