package dev.readiness.cookies;

import static dev.readiness.http.TestExchanges.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz test of the Set-Cookie parser and the cookie policy. The input is one header value. Without
 * {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs in {@code SetCookieFuzzTestInputs}; with
 * it, Jazzer mutates freely. The parser has no documented error: nothing may escape, a parsed cookie reparses from
 * its rendering to the same name and attributes, and no finding ever shows a cookie value.
 */
class SetCookieFuzzTest {

  private static final String SECRET = "Zq8sessionvalue7Xk";

  @FuzzTest(maxDuration = "10s")
  void parsesAnyHeaderAndNeverShowsTheValue(byte[] input) {
    String header = new String(input, UTF_8);

    Optional<SetCookie> cookie = SetCookie.parse(header);

    cookie.ifPresent(parsed -> {
      assertThat(parsed.attributes().keySet()).allSatisfy(name -> assertThat(name).isNotBlank());
      Optional<SetCookie> again = SetCookie.parse(parsed.toString());
      assertThat(again).hasValueSatisfying(reparsed -> {
        assertThat(reparsed.name()).isEqualTo(parsed.name());
        assertThat(reparsed.attributes()).isEqualTo(parsed.attributes());
      });
    });
    String withSecret = "sid=" + SECRET + header.replace(SECRET, "");
    assertThat(CookiePolicy.evaluate(List.of(get("https://a.example/", 200, "Set-Cookie", withSecret)),
        Optional.empty())).allSatisfy(finding -> assertThat(finding.message()).isNotBlank().doesNotContain(SECRET));
  }
}
