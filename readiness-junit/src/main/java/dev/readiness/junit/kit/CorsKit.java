package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** CORS: the six {@code cors.*} checks, sharing one probe run. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CorsKit extends ReadinessKit {

  /** {@code cors.allowed}: each configured origin is allowed (positive control). */
  @ReadinessCheck("cors.allowed")
  default void corsAllowed(CheckRun run) {
    run.verify();
  }

  /** {@code cors.wildcard}: no {@code Access-Control-Allow-Origin: *} unless the API is declared public. */
  @ReadinessCheck("cors.wildcard")
  default void corsWildcard(CheckRun run) {
    run.verify();
  }

  /** {@code cors.reflection}: a random foreign origin is not echoed back. */
  @ReadinessCheck("cors.reflection")
  default void corsReflection(CheckRun run) {
    run.verify();
  }

  /** {@code cors.null-origin}: {@code Origin: null} is not allowed. */
  @ReadinessCheck("cors.null-origin")
  default void corsNullOrigin(CheckRun run) {
    run.verify();
  }

  /** {@code cors.bypass}: look-alikes of the allowed origins are refused. */
  @ReadinessCheck("cors.bypass")
  default void corsBypass(CheckRun run) {
    run.verify();
  }

  /** {@code cors.credentials}: credentials never go with {@code *} or an unconfigured origin. */
  @ReadinessCheck("cors.credentials")
  default void corsCredentials(CheckRun run) {
    run.verify();
  }
}
