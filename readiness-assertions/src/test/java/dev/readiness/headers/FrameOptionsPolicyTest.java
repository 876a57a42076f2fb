package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameOptionsPolicyTest {

  private static final String URL = "https://a.example/";

  @ParameterizedTest
  @ValueSource(strings = {"DENY", "deny", " SameOrigin ", "DENY, DENY"})
  void passesDenyOrSameOrigin(String value) {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "X-Frame-Options", value))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"frame-ancestors 'none'", "default-src 'none'; frame-ancestors 'self'",
      "frame-ancestors https://app.example.com"})
  void passesARestrictiveFrameAncestorsWithoutXFrameOptions(String csp) {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "Content-Security-Policy", csp))).isEmpty();
  }

  @Test
  void frameAncestorsOverridesAnInvalidXFrameOptions() {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "X-Frame-Options", "ALLOW-FROM https://x.example",
        "Content-Security-Policy", "frame-ancestors 'none'"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALLOW-FROM https://x.example", "DENY, SAMEORIGIN", "ALLOWALL", ""})
  void failsValuesBrowsersIgnore(String value) {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "X-Frame-Options", value))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent X-Frame-Options: '"
            + value + "', which browsers ignore (only one of DENY or SAMEORIGIN is valid), so any site can frame it");
  }

  @Test
  void failsConflictingRepeatedHeaders() {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "X-Frame-Options", "DENY", "X-Frame-Options",
        "SAMEORIGIN"))).singleElement().extracting(Finding::message).asString()
        .contains("X-Frame-Options: 'DENY, SAMEORIGIN'");
  }

  @Test
  void failsWhenNothingRestrictsFraming() {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "Content-Security-Policy", "default-src 'none'")))
        .singleElement().extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent no "
            + "X-Frame-Options header and no CSP frame-ancestors directive, so any site can frame it (clickjacking)");
  }

  @Test
  void failsABroadFrameAncestors() {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "Content-Security-Policy", "frame-ancestors *")))
        .singleElement().extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent no "
            + "X-Frame-Options header and its CSP frame-ancestors allows *, so any site can frame it (clickjacking)");
  }

  @Test
  void reportOnlyFrameAncestorsDoesNotCount() {
    assertThat(FrameOptionsPolicy.evaluate(get(URL, 200, "Content-Security-Policy-Report-Only",
        "frame-ancestors 'none'"))).hasSize(1);
  }
}
