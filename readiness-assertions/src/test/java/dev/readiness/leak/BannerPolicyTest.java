package dev.readiness.leak;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BannerPolicyTest {

  private static final String URL = "https://a.example/";

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "uvicorn", "Apache", "cloudflare", "Jetty", "Microsoft-IIS", "envoy", "gws"})
  void passesABareServerName(String server) {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, "Server", server)))).isEmpty();
  }

  @Test
  void passesNoBannerAtAll() {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200), get(URL + "missing", 404)))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Server              | nginx/1.22.1                  | nginx/1.22.1",
      "Server              | Apache/2.4.57 (Debian)        | Apache/2.4.57",
      "Server              | Express/4.18.2                | Express/4.18.2",
      "Server              | Microsoft-IIS/10.0            | Microsoft-IIS/10.0",
      "Server              | Jetty(9.4.z) Werkzeug/2.3.7 Python/3.11.7 | Werkzeug/2.3.7",
      "X-Powered-By        | PHP/8.2.7                     | PHP/8.2.7",
      "X-Generator         | Drupal/10.1                   | Drupal/10.1",
      "X-Powered-By        | Next.js/14.0.1                | Next.js/14.0.1"})
  void failsAProductVersion(String header, String value, String version) {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, header, value)))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent " + header
            + ": '" + value + "', which tells attackers the exact version (" + version + ") to look up exploits for");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-AspNet-Version", "X-AspNetMvc-Version"})
  void failsABareAspNetVersion(String header) {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, header, "4.0.30319")))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent " + header
            + ": '4.0.30319', which tells attackers the exact framework version to look up exploits for");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Express", "ASP.NET", "PHP"})
  void failsAnyXPoweredBy(String value) {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, "X-Powered-By", value)))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent X-Powered-By: '" + value
            + "', which names the framework for no purpose");
  }

  @Test
  void reportsAValueRepeatedOnSeveralResponsesOnce() {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, "Server", "nginx/1.22.1"),
        get(URL + "missing", 404, "Server", "nginx/1.22.1")))).hasSize(1);
  }

  @Test
  void readsHeaderNamesCaseInsensitively() {
    assertThat(BannerPolicy.evaluate(List.of(get(URL, 200, "server", "nginx/1.22.1")))).singleElement()
        .extracting(Finding::message).asString().startsWith("GET " + URL + " -> 200 sent Server: 'nginx/1.22.1'");
  }
}
