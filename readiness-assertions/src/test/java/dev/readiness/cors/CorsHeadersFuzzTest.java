package dev.readiness.cors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.check.Finding;
import dev.readiness.cors.OriginVariant.Kind;
import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer fuzz test of the {@code Access-Control-*} parser and the six CORS verdicts. Each input line is one header,
 * {@code Name: value}. Without {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs in
 * {@code CorsHeadersFuzzTestInputs}; with it, Jazzer mutates freely. The parser has no documented error: nothing
 * may escape, an allowed origin is always exactly one value, and the verdicts on responses to every class of
 * origin carrying these headers all have messages.
 */
class CorsHeadersFuzzTest {

  private static final String ALLOWED = "https://app.example.com";

  @FuzzTest(maxDuration = "10s")
  void parsesAnyHeadersAndJudgesThemWithoutThrowing(byte[] input) {
    List<HttpHeader> lines = new ArrayList<>();
    for (String line : new String(input, UTF_8).split("\n", -1)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        lines.add(new HttpHeader(line.substring(0, colon), line.substring(colon + 1)));
      }
    }

    CorsHeaders headers = CorsHeaders.parse(new HttpHeaders(lines));

    headers.allowOrigin().ifPresent(origin -> {
      assertThat(headers.allowOriginLines()).hasSize(1);
      assertThat(origin).isNotEmpty().doesNotContain(",", " ");
    });
    assertThat(headers.allowOriginInvalid()).isEqualTo(!headers.allowOriginLines().isEmpty()
        && headers.allowOrigin().isEmpty());
    assertThat(headers.describe()).isNotBlank();
    List<CorsResponse> responses = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      String origin = kind == Kind.ALLOWED ? ALLOWED : kind == Kind.NULL ? "null" : headers.allowOrigin()
          .orElse("https://" + kind.name().toLowerCase() + ".example");
      String source = kind.isLookAlike() ? ALLOWED : "";
      responses.add(new CorsResponse(new OriginVariant(kind, origin, source), kind.ordinal() % 2 == 0,
          "GET https://api.example/rooms", 200, headers));
    }
    CorsObservations observations = new CorsObservations(CorsPolicyTest.PLAIN, List.of(ALLOWED), false, responses,
        List.of());
    List<Finding> findings = new ArrayList<>(CorsPolicy.allowed(observations));
    findings.addAll(CorsPolicy.wildcard(observations));
    findings.addAll(CorsPolicy.reflection(observations));
    findings.addAll(CorsPolicy.nullOrigin(observations));
    findings.addAll(CorsPolicy.bypass(observations));
    findings.addAll(CorsPolicy.credentials(observations));
    assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
  }
}
