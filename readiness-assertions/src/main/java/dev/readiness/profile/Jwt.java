package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Expectations on access tokens (profile section {@code jwt}).
 *
 * @param maxLifetime the longest acceptable {@code exp - iat} (key {@code maxLifetime}, default 15
 *     minutes), positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Jwt(Duration maxLifetime) {

  /** The longest acceptable token lifetime when none is configured. */
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(15);

  /**
   * Rejects a null or non-positive lifetime.
   *
   * @param maxLifetime the longest acceptable {@code exp - iat} (key {@code maxLifetime}, default 15
   *     minutes), positive
   */
  public Jwt {
    DurationValue.requirePositive("maxLifetime", maxLifetime);
  }
}
