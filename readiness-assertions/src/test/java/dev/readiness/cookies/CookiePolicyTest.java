package dev.readiness.cookies;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookiePolicyTest {

  private static final String HTTPS = "https://a.example/";

  @ParameterizedTest
  @ValueSource(strings = {
      "session=abc; Path=/; Secure; HttpOnly; SameSite=Lax",
      "SESSIONID=abc; secure; httponly; samesite=strict",
      "theme=dark; Secure; SameSite=Lax",
      "csrftoken=abc; Path=/; Secure; SameSite=Strict",
      "tracking=1; Secure; SameSite=None",
      "__Host-sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax",
      "__secure-sid=abc; Secure; HttpOnly; SameSite=Lax; Domain=a.example",
      "session=; Max-Age=0",
      "session=deleted; Max-Age=-1; Path=/",
      "=",
      "session=abc; Secure; HttpOnly; SameSite=None; SameSite=Lax"})
  void passesCookiesWithTheRequiredFlags(String header) {
    assertThat(CookiePolicy.evaluate(List.of(get(HTTPS, 200, "Set-Cookie", header)), Optional.empty())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "theme=dark; SameSite=Lax                         | theme    | without Secure, so it is also sent over plain HTTP",
      "session=abc; Secure; SameSite=Lax                | session  | without HttpOnly, so injected scripts can steal the session",
      "connect.sid=abc; Secure; SameSite=Lax            | connect.sid | without HttpOnly, so injected scripts can steal the session",
      "auth_token=abc; Secure; HttpOnly                 | auth_token | without SameSite, so cross-site requests carry it",
      "theme=dark; Secure; SameSite=Relaxed             | theme    | with SameSite=Relaxed, which is not Strict, Lax or None",
      "__Host-sid=abc; Secure; HttpOnly; SameSite=Lax; Path=/; Domain=a.example | __Host-sid | with a __Host- prefix and a Domain attribute, which the prefix forbids",
      "__Host-sid=abc; Secure; HttpOnly; SameSite=Lax; Path=/app | __Host-sid | with a __Host- prefix but not Path=/",
      "__host-sid=abc; Secure; HttpOnly; SameSite=Lax   | __host-sid | with a __Host- prefix but not Path=/",
      "PHPSESSID=abc                                    | PHPSESSID | without Secure, so it is also sent over plain HTTP, without HttpOnly, so injected scripts can steal the session, without SameSite, so cross-site requests carry it"})
  void failsCookiesMissingAFlag(String header, String name, String problems) {
    List<Finding> findings = CookiePolicy.evaluate(List.of(get(HTTPS, 200, "Set-Cookie", header)), Optional.empty());

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .startsWith("GET " + HTTPS + " -> 200 set cookie '" + name + "' (").endsWith(") " + problems);
  }

  @Test
  void failsSameSiteNoneWithoutSecure() {
    assertThat(CookiePolicy.problems(SetCookie.parse("ad=1; SameSite=None").orElseThrow(), false, true))
        .containsExactly("without Secure, so it is also sent over plain HTTP",
            "with SameSite=None but no Secure, which browsers reject");
  }

  @Test
  void failsAPrefixedCookieFromAPlainHttpOrigin() {
    assertThat(CookiePolicy.problems(SetCookie.parse("__Secure-id=1; Secure; SameSite=Lax").orElseThrow(), false,
        false)).containsExactly("with a __Secure- prefix from a plain-HTTP origin");
  }

  @Test
  void treatsEveryCookieOfTheLoginResponseAsASessionCookie() {
    List<Finding> findings = CookiePolicy.evaluate(List.of(),
        Optional.of(get(HTTPS + "login", 200, "Set-Cookie", "u=abc; Secure; SameSite=Lax",
            "Set-Cookie", "XSRF-TOKEN=abc; Secure; SameSite=Lax")));

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET " + HTTPS + "login -> 200 set cookie 'u' (u=<value>; secure; samesite=Lax) without HttpOnly, "
            + "so injected scripts can steal the session");
  }

  @Test
  void neverShowsTheCookieValue() {
    assertThat(CookiePolicy.evaluate(List.of(get(HTTPS, 200, "Set-Cookie", "session=s3cr3t-value")),
        Optional.empty())).singleElement().extracting(Finding::message).asString().doesNotContain("s3cr3t");
  }

  @Test
  void parsesAttributesCaseInsensitivelyWithTheLastRepeatWinning() {
    SetCookie cookie = SetCookie.parse(" id = a=b ;PATH=/x; path=/ ; SECURE ; Unknown=1").orElseThrow();

    assertThat(cookie.name()).isEqualTo("id");
    assertThat(cookie.value()).isEqualTo("a=b");
    assertThat(cookie.path()).contains("/");
    assertThat(cookie.secure()).isTrue();
    assertThat(cookie.httpOnly()).isFalse();
    assertThat(cookie.attributes()).containsEntry("unknown", "1");
  }

  @Test
  void aPairWithoutEqualsSignIsAValueWithAnEmptyName() {
    assertThat(SetCookie.parse("justavalue; Secure")).get().satisfies(c -> {
      assertThat(c.name()).isEmpty();
      assertThat(c.value()).isEqualTo("justavalue");
    });
    assertThat(SetCookie.parse("")).isEmpty();
  }
}
