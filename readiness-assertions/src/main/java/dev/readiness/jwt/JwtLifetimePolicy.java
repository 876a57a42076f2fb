package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Durations;
import dev.readiness.check.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Judges an access token's lifetime: it must have {@code exp}, in seconds, and {@code exp - iat} (without
 * {@code iat}: {@code exp} minus the login response's {@code Date}) must not exceed the maximum.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtLifetimePolicy {

  /** Epoch values above this (year 5138 in seconds) are taken as milliseconds. */
  static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;

  private static final String FIX = "issue access tokens with exp = iat + at most %s minutes and use refresh "
      + "tokens for longer sessions";

  private JwtLifetimePolicy() {}

  /**
   * @param token the access token
   * @param issuedAt the login response's {@code Date}, used when the token has no {@code iat}
   * @param maximum the longest acceptable lifetime
   * @return findings; empty when the lifetime is acceptable; a warning when it cannot be computed
   */
  public static List<Finding> evaluate(JwtToken token, Optional<Instant> issuedAt, Duration maximum) {
    String fix = FIX.formatted(maximum.toMinutes());
    Optional<Long> exp = token.numericClaim("exp");
    if (exp.isEmpty()) {
      String why = token.hasClaim("exp") ? "its exp claim is not a number" : "it has no exp claim";
      return List.of(Finding.fail("the access token never expires: " + why + ", so a stolen token works forever",
          fix));
    }
    if (exp.get() > MILLISECONDS_THRESHOLD) {
      return List.of(Finding.fail("the access token's exp " + exp.get() + " is in milliseconds, not seconds "
          + "(RFC 7519 NumericDate): verifiers read it as a date thousands of years away, so the token never "
          + "expires", "write exp as seconds since the epoch; " + fix));
    }
    Optional<Long> iat = token.numericClaim("iat").filter(v -> v <= MILLISECONDS_THRESHOLD);
    long start;
    String from;
    if (iat.isPresent()) {
      start = iat.get();
      from = "exp - iat";
    } else if (issuedAt.isPresent()) {
      start = issuedAt.get().getEpochSecond();
      from = "exp - the login response's Date (no iat claim)";
    } else {
      return List.of(Finding.warning("the access token's lifetime cannot be computed: it has no iat claim and the "
          + "login response had no Date header", "add an iat claim to access tokens"));
    }
    Duration lifetime = Duration.ofSeconds(exp.get() - start);
    if (lifetime.compareTo(maximum) > 0) {
      return List.of(Finding.fail("the access token lives " + Durations.describe(lifetime) + " (" + from
          + "), longer than the maximum of " + Durations.describe(maximum) + ", so a stolen token stays useful "
          + "that long", fix));
    }
    return List.of();
  }
}
