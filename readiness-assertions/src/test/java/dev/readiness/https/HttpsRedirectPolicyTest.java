package dev.readiness.https;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpsRedirectPolicyTest {

  @ParameterizedTest
  @CsvSource({
      "301, https://shop.example/",
      "308, https://shop.example/login?next=1",
      "301, https://SHOP.example:8443/"})
  void acceptsAPermanentRedirectToHttpsOnTheSameHost(int status, String location) {
    assertThat(HttpsRedirectPolicy.evaluate(get("http://shop.example/", status, "Location", location))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"302", "307"})
  void warnsAboutATemporaryRedirect(int status) {
    assertThat(HttpsRedirectPolicy.evaluate(get("http://shop.example/", status, "Location", "https://shop.example/")))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      200 |                            | GET http://shop.example/ -> 200: the plain-HTTP listener answers 200 instead of redirecting to HTTPS, so traffic can stay unencrypted
      303 | https://shop.example/      | GET http://shop.example/ -> 303: the plain-HTTP listener answers 303 instead of redirecting to HTTPS, so traffic can stay unencrypted
      301 |                            | GET http://shop.example/ -> 301 has no Location header
      301 | /login                     | GET http://shop.example/ -> 301 redirects to http://shop.example/login, which is not HTTPS
      301 | http://shop.example/       | GET http://shop.example/ -> 301 redirects to http://shop.example/, which is not HTTPS
      301 | https://www.shop.example/  | GET http://shop.example/ -> 301 redirects to https://www.shop.example/ on another host; the first hop must go to https://shop.example (HSTS covers only the host that sent it)
      301 | https://evil.example/      | GET http://shop.example/ -> 301 redirects to https://evil.example/ on another host; the first hop must go to https://shop.example (HSTS covers only the host that sent it)
      """)
  void failsWithoutARedirectToHttpsOnTheSameHost(int status, String location, String message) {
    var exchange = location == null ? get("http://shop.example/", status)
        : get("http://shop.example/", status, "Location", location);

    assertThat(HttpsRedirectPolicy.evaluate(exchange)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FAIL);
      assertThat(f.message()).isEqualTo(message);
      assertThat(f.fix()).isEqualTo(HttpsRedirectPolicy.FIX);
    });
  }
}
