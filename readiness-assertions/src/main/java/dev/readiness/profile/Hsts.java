package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Expectations on {@code Strict-Transport-Security} (profile section {@code hsts}).
 *
 * @param minMaxAge the shortest acceptable {@code max-age} (key {@code minMaxAge}, default 365
 *     days), positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Hsts(Duration minMaxAge) {

  /** The shortest acceptable {@code max-age} when none is configured: 31536000 seconds. */
  public static final Duration DEFAULT_MIN_MAX_AGE = Duration.ofDays(365);

  /**
   * Rejects a null or non-positive duration.
   *
   * @param minMaxAge the shortest acceptable {@code max-age} (key {@code minMaxAge}, default 365
   *     days), positive
   */
  public Hsts {
    DurationValue.requirePositive("minMaxAge", minMaxAge);
  }
}
