package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferrerLeakPolicyTest {

  private static final String URL = "https://a.example/";

  @ParameterizedTest
  @ValueSource(strings = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin",
      "NO-REFERRER", "unsafe-url, no-referrer", "no-referrer, made-up-token", " strict-origin ,"})
  void passesPoliciesThatKeepUrlsHome(String value) {
    assertThat(ReferrerLeakPolicy.evaluate(get(URL, 200, "Referrer-Policy", value))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "unsafe-url                        | unsafe-url",
      "no-referrer-when-downgrade        | no-referrer-when-downgrade",
      "no-referrer, unsafe-url           | unsafe-url",
      "strict-origin, unsafe-url, bogus  | unsafe-url"})
  void failsPoliciesThatSendFullUrls(String value, String effective) {
    assertThat(ReferrerLeakPolicy.evaluate(get(URL, 200, "Referrer-Policy", value))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent Referrer-Policy: '"
            + value + "', whose effective policy '" + effective
            + "' sends full URLs, with paths and query strings, to other origins");
  }

  @Test
  void theLastValidTokenWinsAcrossRepeatedHeaders() {
    assertThat(ReferrerPolicyHeader.effective(List.of("no-referrer", "unsafe-url, nonsense"))).contains("unsafe-url");
    assertThat(ReferrerPolicyHeader.effective(List.of("unsafe-url", "no-referrer"))).contains("no-referrer");
    assertThat(ReferrerPolicyHeader.effective(List.of("nonsense", ""))).isEmpty();
  }

  @Test
  void failsAMissingHeader() {
    assertThat(ReferrerLeakPolicy.evaluate(get(URL, 200))).singleElement().extracting(Finding::message)
        .asString().isEqualTo("GET " + URL + " -> 200 sent no Referrer-Policy header, so the referrer depends on "
            + "each browser's default");
  }

  @Test
  void failsAHeaderWithNoKnownToken() {
    assertThat(ReferrerLeakPolicy.evaluate(get(URL, 200, "Referrer-Policy", "never"))).singleElement()
        .extracting(Finding::message).asString().isEqualTo("GET " + URL + " -> 200 sent Referrer-Policy: 'never' "
            + "(no token browsers know), so the referrer depends on each browser's default");
  }

  @ParameterizedTest
  @ValueSource(strings = {"origin", "origin-when-cross-origin"})
  void warnsOnPoliciesThatSendTheOrigin(String value) {
    assertThat(ReferrerLeakPolicy.evaluate(get(URL, 200, "Referrer-Policy", value))).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }
}
