package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The load run of {@code load.latency} (profile section {@code load}).
 *
 * @param path the endpoint under load
 * @param concurrency concurrent users (default {@value #DEFAULT_CONCURRENCY}), positive
 * @param duration how long the run lasts (default 10 seconds), positive
 * @param p95 the highest acceptable 95th percentile latency (default 300 milliseconds), positive
 * @param rate requests per second for an open-model run, when configured; positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Load(String path, int concurrency, Duration duration, Duration p95, OptionalInt rate) {

  /** Concurrent users when none is configured. */
  public static final int DEFAULT_CONCURRENCY = 100;

  /** The run's length when none is configured. */
  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);

  /** The p95 threshold when none is configured. */
  public static final Duration DEFAULT_P95 = Duration.ofMillis(300);

  /**
   * Rejects null components and non-positive numbers or durations.
   *
   * @param path the endpoint under load
   * @param concurrency concurrent users (default {@value #DEFAULT_CONCURRENCY}), positive
   * @param duration how long the run lasts (default 10 seconds), positive
   * @param p95 the highest acceptable 95th percentile latency (default 300 milliseconds), positive
   * @param rate requests per second for an open-model run, when configured; positive
   */
  public Load {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rate, "rate");
    DurationValue.requirePositive("duration", duration);
    DurationValue.requirePositive("p95", p95);
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive, was " + concurrency);
    }
    if (rate.isPresent() && rate.getAsInt() < 1) {
      throw new IllegalArgumentException("rate must be positive, was " + rate.getAsInt());
    }
  }
}
