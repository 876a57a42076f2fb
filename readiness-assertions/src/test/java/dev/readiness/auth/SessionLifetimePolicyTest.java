package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.cookies.SetCookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The auth.session-lifetime rule: lifetimes read from a refresh JWT and cookies, judged against the bound. */
class SessionLifetimePolicyTest {

  private static final Instant ISSUED = Instant.parse("2026-12-01T00:00:00Z");

  private static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"iat":1000,"exp":605800}  | 7 days  | exp - iat
      {"exp":1798675200}         | 30 days | exp - the login's Date
      {"sub":"alice"}            |         | it has no exp claim
      """)
  void readsTheRefreshTokensLifetime(String claims, String lifetime, String source) {
    SessionLifetime read = SessionLifetimePolicy.ofRefreshToken(jwt(claims), ISSUED).orElseThrow();

    assertThat(read.lifetime().map(SessionLifetimePolicy::describe)).isEqualTo(Optional.ofNullable(lifetime));
    assertThat(read.source()).isEqualTo(source);
  }

  @Test
  void anOpaqueRefreshTokenHasNoLifetimeToRead() {
    assertThat(SessionLifetimePolicy.ofRefreshToken("0f3a9c1e", ISSUED)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      sid=a; Max-Age=3600; HttpOnly                          | 1 hour
      sid=a; Expires=Thu, 31 Dec 2026 00:00:00 GMT           | 30 days
      sid=a; HttpOnly                                        |
      """)
  void readsACookiesLifetime(String header, String lifetime) {
    Optional<SessionLifetime> read = SessionLifetimePolicy.ofCookie(SetCookie.parse(header).orElseThrow(), ISSUED);

    assertThat(read.flatMap(SessionLifetime::lifetime).map(SessionLifetimePolicy::describe))
        .isEqualTo(Optional.ofNullable(lifetime));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      7  | 30 |
      30 | 30 |
      31 | 30 | lives 31 days (exp - iat), longer than the 30 days session.maxLifetime allows
      7  | 1  | lives 7 days (exp - iat), longer than the 1 day session.maxLifetime allows
      -1 | 30 | never expires (it has no exp claim)
      """)
  void judgesEachLifetimeAgainstTheBound(int days, int maxDays, String finding) {
    SessionLifetime lifetime = days < 0
        ? new SessionLifetime("the refresh token (a JWT)", Optional.empty(), "it has no exp claim")
        : new SessionLifetime("the refresh token (a JWT)", Optional.of(Duration.ofDays(days)), "exp - iat");

    List<Finding> findings = SessionLifetimePolicy.evaluate(List.of(lifetime), Duration.ofDays(maxDays));

    if (finding == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().extracting(Finding::message).asString().contains(finding);
    }
  }
}
