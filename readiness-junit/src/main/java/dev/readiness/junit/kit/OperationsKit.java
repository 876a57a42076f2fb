package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Order;

/**
 * Operations: {@code health.endpoint} and {@code load.latency}. The load runs after every other check except the
 * rate-limit bursts ({@link #LOAD}): its minutes of traffic neither slow the other checks' answers nor are slowed
 * by them, and it meets the stack's rate limiters with their quotas intact, before the bursts of
 * {@link RateLimitKit} exhaust them (a load path behind a limiter would otherwise count the bursts' 429s as errors).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface OperationsKit extends ReadinessKit {

  /** {@code health.endpoint}: the health path answers 2xx within 1 s. */
  @ReadinessCheck("health.endpoint")
  default void healthEndpoint(CheckRun run) {
    run.verify();
  }

  /** The order of {@code load.latency}: after every method without {@code @Order}, before {@link RateLimitKit#LAST}. */
  int LOAD = RateLimitKit.LAST - 1;

  /**
   * {@code load.latency}: under the profile's load the corrected p95 is at most {@code load.p95} and at most 1 % of
   * requests fail.
   */
  @Order(LOAD)
  @ReadinessCheck("load.latency")
  default void loadLatency(CheckRun run) {
    run.verify();
  }
}
