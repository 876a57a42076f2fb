package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.demo.DemoStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessCommandIT {

  @TempDir
  Path dir;

  private JsonNode report() throws IOException {
    return new ObjectMapper().readTree(dir.resolve("out/readiness-report.json").toFile());
  }

  private static List<String> statuses(JsonNode report) {
    List<String> statuses = new ArrayList<>();
    report.path("results").forEach(r -> statuses.add(r.path("id").asText() + "=" + r.path("status").asText()));
    return statuses;
  }

  @Test
  void exitsZeroAndWritesTheReportForAHardenedStack() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Path profile = stack.writeProfile(dir);

      int exit = ReadinessCommand.execute("scan", "--profile", profile.toString(), "--out", dir.resolve("out").toString());

      assertThat(exit).isZero();
      JsonNode report = report();
      assertThat(report.path("target").asText()).isEqualTo(stack.httpsUrl().toString());
      assertThat(report.path("profile").asText()).isEqualTo(profile.toString());
      assertThat(report.path("startedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(report.path("durationMs").asLong()).isPositive();
      assertThat(statuses(report)).contains("https.redirect=PASS", "hsts.present=PASS", "hsts.max-age=PASS",
          "headers.content-type-options=PASS", "health.endpoint=PASS").allMatch(s -> s.endsWith("=PASS")
          || s.endsWith("=SKIPPED"));
      report.path("results").forEach(r -> assertThat(r.fieldNames()).toIterable()
          .contains("id", "category", "status", "message", "fix", "evidence", "durationMs"));
      assertThat(dir.resolve("out/readiness-report.md")).content().contains("## Status by category");
      assertThat(dir.resolve("out/readiness-report.html")).content().startsWith("<!DOCTYPE html>")
          .contains("<table id=\"status-by-category\">");
    }
  }

  @Test
  void exitsOneWhenAnyCheckFails() throws IOException {
    try (DemoStack stack = DemoStack.misconfigured()) {
      int exit = ReadinessCommand.execute("scan", "--profile", stack.writeProfile(dir).toString(),
          "--format", "json", "--out", dir.resolve("out").toString());

      assertThat(exit).isEqualTo(1);
      assertThat(statuses(report())).contains("https.redirect=FAIL", "hsts.present=FAIL", "hsts.max-age=FAIL",
          "headers.content-type-options=FAIL", "health.endpoint=FAIL");
    }
  }

  @Test
  void runsOnlyTheSelectedChecks() throws IOException {
    try (DemoStack stack = DemoStack.misconfigured()) {
      int exit = ReadinessCommand.execute("scan", "--profile", stack.writeProfile(dir).toString(),
          "--checks", "hsts.present, health.endpoint", "--out", dir.resolve("out").toString());

      assertThat(exit).isEqualTo(1);
      assertThat(statuses(report())).containsExactly("hsts.present=FAIL", "health.endpoint=FAIL");
    }
  }

  @Test
  void exitsThreeWhenChecksCannotDecide() throws IOException {
    int exit = ReadinessCommand.execute("scan", "--url", "https://127.0.0.1:1/", "--out", dir.resolve("out").toString());

    assertThat(exit).isEqualTo(3);
    assertThat(statuses(report())).contains("hsts.present=ERROR", "https.redirect=SKIPPED", "health.endpoint=SKIPPED")
        .noneMatch(s -> s.endsWith("=PASS"));
  }

  @Test
  void exitsTwoForUsageAndProfileErrors() throws IOException {
    Path bad = Files.writeString(dir.resolve("readiness.yaml"), "target:\n  url: htp://nowhere\n");

    assertThat(ReadinessCommand.execute("scan")).isEqualTo(2);
    assertThat(ReadinessCommand.execute("scan", "--url", "not a url")).isEqualTo(2);
    assertThat(ReadinessCommand.execute("scan", "--profile", bad.toString())).isEqualTo(2);
    assertThat(ReadinessCommand.execute("scan", "--url", "https://localhost:1", "--checks", "nope")).isEqualTo(2);
    assertThat(ReadinessCommand.execute("scan", "--url", "https://localhost:1", "--format", "pdf")).isEqualTo(2);
    assertThat(ReadinessCommand.execute("frobnicate")).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void demoScansTheEmbeddedStack() throws IOException {
    int exit = ReadinessCommand.execute("demo", "--out", dir.resolve("out").toString());

    assertThat(exit).isZero();
    assertThat(statuses(report())).contains("hsts.present=PASS", "health.endpoint=PASS")
        .allMatch(s -> s.endsWith("=PASS") || s.endsWith("=SKIPPED"));
  }

  @Test
  void demoOfTheMisconfiguredStackFails() throws IOException {
    int exit = ReadinessCommand.execute("demo", "--mode", "misconfigured", "--out", dir.resolve("out").toString());

    assertThat(exit).isEqualTo(1);
  }
}
