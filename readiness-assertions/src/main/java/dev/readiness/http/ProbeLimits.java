package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The bounds of one check's probing: how many requests it may send and how long it may take in all.
 *
 * @param maxRequests the request budget, at least 1
 * @param deadline the wall-time budget, positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProbeLimits(int maxRequests, Duration deadline) {

  /** The limits of an ordinary check: 20 requests within 30 seconds. */
  public static final ProbeLimits DEFAULT = new ProbeLimits(20, Duration.ofSeconds(30));

  /** Validates the bounds. */
  public ProbeLimits {
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be at least 1, was " + maxRequests);
    }
    if (deadline == null || deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("deadline must be positive, was " + deadline);
    }
  }
}
