package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Expectations on access tokens (profile section {@code jwt}). {@link #toString()} never shows a secret candidate.
 *
 * @param maxLifetime the longest acceptable {@code exp - iat} (key {@code maxLifetime}, default 15
 *     minutes), positive
 * @param secretCandidates HMAC secrets {@code jwt.secret} tries before its built-in list, such as the development
 *     or a retired key (key {@code secretCandidates}, default none); none empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Jwt(Duration maxLifetime, List<String> secretCandidates) {

  /** The longest acceptable token lifetime when none is configured. */
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(15);

  /**
   * Rejects a null or non-positive lifetime and a null or empty secret candidate; copies the list.
   *
   * @param maxLifetime the longest acceptable {@code exp - iat} (key {@code maxLifetime}, default 15
   *     minutes), positive
   * @param secretCandidates HMAC secrets {@code jwt.secret} tries first, none empty
   */
  public Jwt {
    DurationValue.requirePositive("maxLifetime", maxLifetime);
    secretCandidates = List.copyOf(Objects.requireNonNull(secretCandidates, "secretCandidates"));
    secretCandidates.forEach(Jwt::requireSecretCandidate);
  }

  /**
   * Expectations without secret candidates.
   *
   * @param maxLifetime the longest acceptable {@code exp - iat}, positive
   */
  public Jwt(Duration maxLifetime) {
    this(maxLifetime, List.of());
  }

  /**
   * @param candidate one secret candidate
   * @return the candidate
   * @throws IllegalArgumentException when it is empty; the message never shows a candidate
   */
  static String requireSecretCandidate(String candidate) {
    if (candidate.isEmpty()) {
      throw new IllegalArgumentException("a secret candidate is empty (an unset environment variable?)");
    }
    return candidate;
  }

  /** @return the lifetime and how many secret candidates there are, never a candidate */
  @Override
  public String toString() {
    return "Jwt[maxLifetime=" + maxLifetime + ", secretCandidates=" + secretCandidates.size() + "]";
  }
}
