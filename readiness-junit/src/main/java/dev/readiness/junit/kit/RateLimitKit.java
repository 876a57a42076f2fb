package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Order;

/**
 * Rate limiting: {@code ratelimit.api}, {@code ratelimit.signal} and {@code ratelimit.login}. Their bursts exhaust
 * the stack's quota and its login throttle, so they carry {@link #LAST} and {@link ProductionReadinessKit}'s {@link org.junit.jupiter.api.MethodOrderer.OrderAnnotation}
 * runs them after every other check of the class.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RateLimitKit extends ReadinessKit {

  /** The order of the bursting checks: after every method without {@code @Order} (whose default is lower). */
  int LAST = Integer.MAX_VALUE - 10;

  /** {@code ratelimit.api}: a burst to each configured endpoint is limited (429/503) or queued within its budget. */
  @Order(LAST)
  @ReadinessCheck("ratelimit.api")
  default void rateLimitApi(CheckRun run) {
    run.verify();
  }

  /** {@code ratelimit.signal}: the limited responses are 429 and carry Retry-After or quota headers. */
  @Order(LAST + 1)
  @ReadinessCheck("ratelimit.signal")
  default void rateLimitSignal(CheckRun run) {
    run.verify();
  }

  /**
   * {@code ratelimit.login}: wrong passwords for the login user are throttled (429/423/503, or 403 from a WAF) or
   * the account is locked within {@code rateLimit.loginAttempts}; runs after the API bursts.
   */
  @Order(LAST + 2)
  @ReadinessCheck("ratelimit.login")
  default void rateLimitLogin(CheckRun run) {
    run.verify();
  }
}
