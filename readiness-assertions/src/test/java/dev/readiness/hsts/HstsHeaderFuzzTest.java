package dev.readiness.hsts;

import static dev.readiness.http.TestExchanges.get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz test of the Strict-Transport-Security parser and policy. The input is one header value. Without
 * {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs in {@code HstsHeaderFuzzTestInputs}; with
 * it, Jazzer mutates freely. Only the documented parse error may come out: an invalid {@link HstsParse} with a
 * reason, never an exception.
 */
class HstsHeaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parsesOrGivesTheReasonItIsInvalid(byte[] input) {
    String header = new String(input, UTF_8);

    HstsParse parse = HstsHeader.parse(header);

    assertThat(parse.isValid()).isNotEqualTo(parse.error().isPresent());
    parse.error().ifPresent(reason -> assertThat(reason).isNotBlank());
    parse.header().ifPresent(valid -> assertThat(valid.maxAgeSeconds()).isNotNegative());
    var https = get("https://a.example/", 200, HstsPolicy.HEADER, header);
    assertThat(HstsPolicy.presence(https, Optional.empty()))
        .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
    assertThat(HstsPolicy.maxAge(https, List.of(), Duration.ofDays(180), true))
        .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
  }
}
