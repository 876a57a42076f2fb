package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Order;

/**
 * Rate limiting: {@code ratelimit.login}, {@code ratelimit.api} and {@code ratelimit.signal}. They spend the stack's
 * login attempts and quotas, so {@link ProductionReadinessKit}'s {@link org.junit.jupiter.api.MethodOrderer.OrderAnnotation}
 * runs them after every other check of the class, in this order: {@code auth.default-credentials}
 * ({@link AuthKit#LOGIN_ATTEMPTS}, {@link #LAST}), then {@code ratelimit.login} (which judges the login limiter's
 * refusal that the default pairs met, when they met one), then the API bursts, each after its positive control
 * succeeded on a refilled window.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RateLimitKit extends ReadinessKit {

  /**
   * The order of the first check that spends login attempts or quotas ({@code auth.default-credentials}): after every
   * method without {@code @Order} (whose default is lower) and after {@code load.latency}.
   */
  int LAST = Integer.MAX_VALUE - 10;

  /** The order of {@code ratelimit.login}: right after {@code auth.default-credentials}. */
  int LOGIN_GUESSES = LAST + 1;

  /** The order of the API bursts: after the login guesses. */
  int BURSTS = LAST + 2;

  /** {@code ratelimit.api}: a burst to each configured endpoint is limited (429/503) or queued within its budget. */
  @Order(BURSTS)
  @ReadinessCheck("ratelimit.api")
  default void rateLimitApi(CheckRun run) {
    run.verify();
  }

  /** {@code ratelimit.signal}: the limited responses are 429 and carry Retry-After or quota headers. */
  @Order(BURSTS + 1)
  @ReadinessCheck("ratelimit.signal")
  default void rateLimitSignal(CheckRun run) {
    run.verify();
  }

  /**
   * {@code ratelimit.login}: wrong passwords for the login user are throttled (429/423/503, or 403 from a WAF) or
   * the account is locked within {@code rateLimit.loginAttempts}; runs after {@code auth.default-credentials}, whose
   * refusal by the login limiter it judges when there was one, and before the API bursts.
   */
  @Order(LOGIN_GUESSES)
  @ReadinessCheck("ratelimit.login")
  default void rateLimitLogin(CheckRun run) {
    run.verify();
  }
}
