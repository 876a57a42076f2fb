package dev.readiness.jwt;

import dev.readiness.check.Durations;
import dev.readiness.check.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence behind {@code jwt.lifetime}: the access token's decoded {@code iat} and {@code exp} claims (the raw
 * number and the instant it names), the login response's {@code Date}, the lifetime computed from them and the
 * maximum. The token itself is never shown.
 */
final class JwtClaimsTable {

  private JwtClaimsTable() {}

  /**
   * @param token the decoded access token
   * @param issuedAt the login response's {@code Date}, if it had one
   * @param maximum the longest acceptable lifetime
   * @return one table
   */
  static Evidence of(JwtToken token, Optional<Instant> issuedAt, Duration maximum) {
    List<List<String>> rows = new ArrayList<>();
    Optional<Long> iat = token.numericClaim("iat");
    Optional<Long> exp = token.numericClaim("exp");
    rows.add(claim("iat", token, iat));
    rows.add(claim("exp", token, exp));
    rows.add(List.of("login response Date", issuedAt.map(Instant::toString).orElse("absent"),
        issuedAt.isPresent() ? "used when there is no iat" : ""));
    Optional<Long> start = iat.filter(v -> v <= JwtLifetimePolicy.MILLISECONDS_THRESHOLD)
        .or(() -> issuedAt.map(Instant::getEpochSecond));
    rows.add(List.of("lifetime", exp.filter(v -> v <= JwtLifetimePolicy.MILLISECONDS_THRESHOLD).flatMap(e -> start
        .map(s -> Durations.describe(Duration.ofSeconds(e - s)))).orElse("cannot be computed"),
        iat.isPresent() ? "exp - iat" : "exp - the login response's Date"));
    rows.add(List.of("maximum (jwt.maxLifetime)", Durations.describe(maximum), "from the stack profile"));
    return Evidence.table("decoded access token claims", List.of("claim", "value", "read as"), rows);
  }

  private static List<String> claim(String name, JwtToken token, Optional<Long> value) {
    if (value.isEmpty()) {
      return List.of(name, token.hasClaim(name) ? "not a number" : "absent", "");
    }
    long v = value.get();
    String instant = v > JwtLifetimePolicy.MILLISECONDS_THRESHOLD
        ? "milliseconds? " + Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v).toString();
    return List.of(name, Long.toString(v), instant);
  }
}
