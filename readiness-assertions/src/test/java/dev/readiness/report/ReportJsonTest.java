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
