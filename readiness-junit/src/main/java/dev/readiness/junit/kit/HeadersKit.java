package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** Security headers: {@code headers.content-type-options}. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface HeadersKit extends ReadinessKit {

  /** {@code headers.content-type-options}: {@code X-Content-Type-Options: nosniff}. */
  @ReadinessCheck("headers.content-type-options")
  default void contentTypeOptions(CheckRun run) {
    run.verify();
  }
}
