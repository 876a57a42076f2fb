package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The running system: {@code auth.session-lifetime}, {@code logs.secrets}, {@code resilience.restart},
 * {@code resilience.dependency-down} and {@code shutdown.graceful}. All but the first drive the stack's containers
 * (the profile's {@code containers}, or the {@link dev.readiness.junit.ReadinessTarget} field's container) and are
 * SKIPPED for a plain URL. The container checks carry orders from {@link #AFTER_EVERYTHING}: after every other check
 * and after the rate-limit bursts ({@link RateLimitKit#LAST}), because they read what the others logged and then
 * restart, starve and stop the stack; {@code shutdown.graceful} is last. The kit carries the order itself, so a class
 * that implements only this kit runs them in the same order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface RuntimeKit extends ReadinessKit {

  /** The first order of the container checks: above every {@link RateLimitKit} order. */
  int AFTER_EVERYTHING = Integer.MAX_VALUE - 4;

  /** {@code auth.session-lifetime}: the refresh token or session cookie has a bounded lifetime (30 days by default). */
  @ReadinessCheck("auth.session-lifetime")
  default void sessionLifetime(CheckRun run) {
    run.verify();
  }

  /** {@code logs.secrets}: the containers' logs hold no password, token or cookie value of the run. */
  @Order(AFTER_EVERYTHING)
  @ReadinessCheck("logs.secrets")
  default void logsSecrets(CheckRun run) {
    run.verify();
  }

  /** {@code resilience.restart}: a record written through the API reads back after the container restarts. */
  @Order(AFTER_EVERYTHING + 1)
  @ReadinessCheck("resilience.restart")
  default void resilienceRestart(CheckRun run) {
    run.verify();
  }

  /** {@code resilience.dependency-down}: health reports the outage, the API fails clean, the application recovers. */
  @Order(AFTER_EVERYTHING + 2)
  @ReadinessCheck("resilience.dependency-down")
  default void resilienceDependencyDown(CheckRun run) {
    run.verify();
  }

  /** {@code shutdown.graceful}: SIGTERM lets the request in flight finish and the container exits by itself. */
  @Order(AFTER_EVERYTHING + 3)
  @ReadinessCheck("shutdown.graceful")
  default void shutdownGraceful(CheckRun run) {
    run.verify();
  }
}
