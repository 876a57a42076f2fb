package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** Information leaks: the {@code leak.*} checks. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LeaksKit extends ReadinessKit {

  /** {@code leak.banner}: no product versions in Server, X-Powered-By and similar headers. */
  @ReadinessCheck("leak.banner")
  default void banner(CheckRun run) {
    run.verify();
  }

  /** {@code leak.stack-trace}: forced errors show no stack trace, debug page or internals. */
  @ReadinessCheck("leak.stack-trace")
  default void stackTrace(CheckRun run) {
    run.verify();
  }
}
