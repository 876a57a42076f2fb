package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Order;

/**
 * Load: {@code load.latency}. A kit of its own, apart from {@link OperationsKit}, because a load lasts
 * {@code load.duration} (10 s by default, minutes in a nightly run) while every other check takes milliseconds:
 * a team adds it where the run can afford it. In {@link ProductionReadinessKit} it carries {@link #LOAD}: after
 * every other check, so its traffic neither slows their answers nor is slowed by them, and before the rate-limit
 * bursts ({@link RateLimitKit#LAST}), so it meets the stack's limiters with their quotas intact (a load path behind
 * a limiter would otherwise count the bursts' 429s as errors).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LoadKit extends ReadinessKit {

  /** The order of {@code load.latency}: after every method without {@code @Order}, before {@link RateLimitKit#LAST}. */
  int LOAD = RateLimitKit.LAST - 1;

  /**
   * {@code load.latency}: under the profile's load the p95 latency, corrected for coordinated omission, is at most
   * {@code load.p95} and at most 1 % of requests fail.
   */
  @Order(LOAD)
  @ReadinessCheck("load.latency")
  default void loadLatency(CheckRun run) {
    run.verify();
  }
}
