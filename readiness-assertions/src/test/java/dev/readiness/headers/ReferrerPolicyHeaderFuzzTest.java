package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Jazzer fuzz test of the Referrer-Policy reader. Each input line is one header value. Without
 * {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs in
 * {@code ReferrerPolicyHeaderFuzzTestInputs}; with it, Jazzer mutates freely. The reader has no documented error:
 * nothing may escape, and the effective policy is always the last known token of the last header that has one.
 */
class ReferrerPolicyHeaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readsTheLastKnownTokenOfAnyHeaders(byte[] input) {
    List<String> values = List.of(new String(input, UTF_8).split("\n", -1));

    Optional<String> effective = ReferrerPolicyHeader.effective(values);

    List<String> known = new ArrayList<>();
    values.forEach(value -> List.of(value.split(",", -1)).stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(ReferrerPolicyHeader.TOKENS::contains).forEach(known::add));
    assertThat(effective).isEqualTo(known.isEmpty() ? Optional.empty() : Optional.of(known.get(known.size() - 1)));
    List<String> pairs = new ArrayList<>();
    values.forEach(value -> pairs.addAll(List.of(ReferrerPolicyHeader.HEADER, value)));
    assertThat(ReferrerLeakPolicy.evaluate(get("https://a.example/", 200, pairs.toArray(String[]::new))))
        .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
  }
}
