package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer fuzz test of the Content-Security-Policy parser and the policies that read it. Each input line is one
 * header value. Without {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs in
 * {@code ContentSecurityPolicyFuzzTestInputs}; with it, Jazzer mutates freely. The parser has no documented error:
 * nothing may escape, a parsed policy reparses to itself, and every finding has a message.
 */
class ContentSecurityPolicyFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parsesAnyHeaderAndJudgesItWithoutThrowing(byte[] input) {
    List<String> values = List.of(new String(input, UTF_8).split("\n", -1));

    for (ContentSecurityPolicy policy : ContentSecurityPolicy.parseAll(values)) {
      assertThat(ContentSecurityPolicy.parse(policy.toString()).toString()).isEqualTo(policy.toString());
      policy.scriptSources().ifPresent(sources -> assertThat(sources).doesNotContain(""));
    }
    List<String> pairs = new ArrayList<>();
    for (String value : values) {
      pairs.addAll(List.of(CspPolicy.HEADER, value, FrameOptionsPolicy.HEADER, value));
    }
    HttpExchange response = get("https://a.example/", 200, pairs.toArray(String[]::new));
    List<Finding> findings = new ArrayList<>(CspPolicy.evaluate(response));
    findings.addAll(FrameOptionsPolicy.evaluate(response));
    assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
  }
}
