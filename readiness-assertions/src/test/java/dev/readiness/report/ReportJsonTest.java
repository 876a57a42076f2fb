package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.Traffic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  private static final CheckResult FAILED = new CheckResult("hsts.present", "HSTS header present",
      Category.TRANSPORT, Outcome.of("ok", List.of(Finding.fail("no header", "send it"), Finding.warning("w", "fw")),
      List.of(new Evidence("GET https://a/ -> 200 (3 ms)", "< HTTP/1.1 200"))), Duration.ofMillis(42));

  @Test
  void readsBackWhatItWrote() {
    assertThat(ReportJson.result(ReportJson.result(FAILED))).isEqualTo(FAILED);
  }

  private static final Traffic TRAFFIC = new Traffic(412, Duration.ofMillis(61250), 1, 12, List.of(
      new Traffic.Limiter("/login", 1, Duration.ofMillis(59250), "429 with Retry-After: 59")));

  @Test
  void writesTheTrafficAndReadsItBack() throws Exception {
    ReadinessReport report = new ReadinessReport("https://a/", "readiness.yaml", Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofMillis(1234), List.of(FAILED), TRAFFIC);

    JsonNode traffic = new ObjectMapper().readTree(ReportJson.report(report)).path("traffic");

    assertThat(traffic.path("requests").asLong()).isEqualTo(412);
    assertThat(traffic.path("waitedMs").asLong()).isEqualTo(61250);
    assertThat(traffic.path("logins").asInt()).isEqualTo(1);
    assertThat(traffic.path("wrongPasswords").asInt()).isEqualTo(12);
    assertThat(traffic.path("limiters").get(0).path("scope").asText()).isEqualTo("/login");
    assertThat(ReportJson.traffic(ReportJson.traffic(TRAFFIC))).isEqualTo(TRAFFIC);
    assertThat(TextReport.render(report)).contains("Traffic: 412 requests, waited 61.3 s for rate limiters "
        + "(/login: 1 refused, waited 59.3 s, last 429 with Retry-After: 59), 1 login, 12 wrong-password attempts");
    assertThat(MarkdownReport.render(report)).contains("- Traffic: 412 requests, waited 61.3 s");
  }

  @Test
  void writesTheDocumentedSchema() throws Exception {
    ReadinessReport report = new ReadinessReport("https://a/", "readiness.yaml", Instant.parse("2026-11-23T10:00:00Z"),
        Duration.ofMillis(1234), List.of(FAILED));

    JsonNode root = new ObjectMapper().readTree(ReportJson.report(report));

    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.path("target").asText()).isEqualTo("https://a/");
    assertThat(root.path("profile").asText()).isEqualTo("readiness.yaml");
    assertThat(root.path("startedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(root.path("durationMs").asLong()).isEqualTo(1234);
    assertThat(root.path("summary").path("FAIL").asInt()).isEqualTo(1);
    JsonNode result = root.path("results").get(0);
    assertThat(result.path("id").asText()).isEqualTo("hsts.present");
    assertThat(result.path("category").asText()).isEqualTo("TRANSPORT");
    assertThat(result.path("status").asText()).isEqualTo("FAIL");
    assertThat(result.path("message").asText()).isEqualTo("no header");
    assertThat(result.path("fix").asText()).isEqualTo("send it");
    assertThat(result.path("evidence").get(0).path("title").asText()).isEqualTo("GET https://a/ -> 200 (3 ms)");
    assertThat(result.path("durationMs").asLong()).isEqualTo(42);
  }

  @Test
  void rejectsTextThatIsNoResult() {
    assertThatThrownBy(() -> ReportJson.result("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a readiness check result");
  }
}
