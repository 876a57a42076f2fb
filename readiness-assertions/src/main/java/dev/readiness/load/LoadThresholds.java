package dev.readiness.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.profile.Load;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a load run must stay within.
 *
 * @param p95 the highest acceptable 95th percentile latency, positive
 * @param maxErrorRate the highest acceptable share of failed requests, 0 to 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadThresholds(Duration p95, double maxErrorRate) {

  /** The error rate {@code load.latency} allows: 1 %. */
  public static final double MAX_ERROR_RATE = 0.01;

  /** Validates the bounds. */
  public LoadThresholds {
    Objects.requireNonNull(p95, "p95");
    if (p95.isZero() || p95.isNegative()) {
      throw new IllegalArgumentException("p95 must be positive, was " + p95);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("maxErrorRate must be 0 to 1, was " + maxErrorRate);
    }
  }

  /** @return the profile's {@code load.p95} with the 1 % error rate */
  public static LoadThresholds of(Load load) {
    return new LoadThresholds(load.p95(), MAX_ERROR_RATE);
  }
}
