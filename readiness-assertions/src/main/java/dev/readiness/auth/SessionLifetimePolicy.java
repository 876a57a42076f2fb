package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.cookies.SetCookie;
import dev.readiness.jwt.JwtToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code auth.session-lifetime} rule: every lifetime the session's credentials carry (a JWT refresh token's
 * {@code exp}, a cookie's {@code Max-Age} or {@code Expires}) is bounded and at most {@code session.maxLifetime}.
 * Also reads those lifetimes from what the login issued, without I/O.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SessionLifetimePolicy {

  /** The fix of every finding. */
  public static final String FIX = "Bound the session: give the refresh token an exp (and the session cookie a "
      + "Max-Age) of at most the session's lifetime, and make the server refuse it afterwards";

  private SessionLifetimePolicy() {}

  /**
   * @param refreshToken the refresh token the login issued
   * @param issuedAt when it was issued (the login answer's {@code Date}, else now)
   * @return its lifetime when it is a JWT; empty when it is opaque
   */
  public static Optional<SessionLifetime> ofRefreshToken(String refreshToken, Instant issuedAt) {
    return JwtToken.parse(refreshToken).map(jwt -> {
      Optional<Long> exp = jwt.numericClaim("exp");
      if (exp.isEmpty()) {
        return new SessionLifetime("the refresh token (a JWT)", Optional.empty(), "it has no exp claim");
      }
      Optional<Long> iat = jwt.numericClaim("iat");
      long from = iat.orElse(issuedAt.getEpochSecond());
      return new SessionLifetime("the refresh token (a JWT)", Optional.of(Duration.ofSeconds(exp.get() - from)),
          iat.isPresent() ? "exp - iat" : "exp - the login's Date");
    });
  }

  /**
   * @param cookie a cookie the login set
   * @param issuedAt when it was set (the login answer's {@code Date}, else now)
   * @return its lifetime when it has {@code Max-Age} or {@code Expires}; empty for a browser-session cookie
   */
  public static Optional<SessionLifetime> ofCookie(SetCookie cookie, Instant issuedAt) {
    String name = "cookie '" + cookie.name() + "'";
    String maxAge = cookie.attributes().get("max-age");
    if (maxAge != null && maxAge.matches("-?[0-9]{1,18}")) {
      return Optional.of(new SessionLifetime(name, Optional.of(Duration.ofSeconds(Long.parseLong(maxAge))),
          "Max-Age=" + maxAge));
    }
    String expires = cookie.attributes().get("expires");
    return Optional.ofNullable(expires).flatMap(TokenReader::httpDate).map(date -> new SessionLifetime(name,
        Optional.of(Duration.between(issuedAt, date)), "Expires=" + expires));
  }

  /**
   * @param lifetimes the credentials' lifetimes, at least one
   * @param max the longest acceptable lifetime
   * @return one blocking finding per credential that is unbounded or lives longer than {@code max}
   */
  public static List<Finding> evaluate(List<SessionLifetime> lifetimes, Duration max) {
    List<Finding> findings = new ArrayList<>();
    for (SessionLifetime lifetime : lifetimes) {
      if (lifetime.lifetime().isEmpty()) {
        findings.add(Finding.fail(lifetime.credential() + " issued at login never expires (" + lifetime.source()
            + "), so a stolen one works forever; the bound is " + describe(max) + " (session.maxLifetime)", FIX));
      } else if (lifetime.lifetime().get().compareTo(max) > 0) {
        findings.add(Finding.fail(lifetime.credential() + " issued at login lives " + describe(lifetime.lifetime()
            .get()) + " (" + lifetime.source() + "), longer than the " + describe(max) + " session.maxLifetime allows",
            FIX));
      }
    }
    return findings;
  }

  /**
   * @param lifetimes the credentials' lifetimes, none blocking
   * @param max the bound
   * @return the PASS message
   */
  public static String passMessage(List<SessionLifetime> lifetimes, Duration max) {
    return String.join(", ", lifetimes.stream().map(l -> l.credential() + " lives " + describe(l.lifetime()
        .orElseThrow()) + " (" + l.source() + ")").toList()) + ", within the " + describe(max)
        + " session.maxLifetime";
  }

  /** @return for example {@code 7 days}, {@code 12 hours}, {@code 90 s} */
  static String describe(Duration duration) {
    if (duration.toDays() >= 1 && duration.toHours() % 24 == 0) {
      return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
    }
    if (duration.toHours() >= 1 && duration.toMinutes() % 60 == 0) {
      return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
    }
    if (duration.toMinutes() >= 1 && duration.toSeconds() % 60 == 0) {
      return duration.toMinutes() + " min";
    }
    return duration.toSeconds() + " s";
  }
}
