package dev.readiness.junit.report;

import dev.readiness.junit.ContentTypeOptionsOnly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.Waiver;
import dev.readiness.junit.kit.OperationsKit;
import dev.readiness.junit.kit.TransportKit;
import dev.readiness.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TestExecutionListener;

class ReadinessReportIT {

  @ReadinessTest
  @Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2999-12-31")
  static class ReportedChecks implements TransportKit, ContentTypeOptionsOnly, OperationsKit {}

  @ReadinessTest(url = "https://127.0.0.1:1")
  static class FirstTarget implements TransportKit {}

  @ReadinessTest(url = "https://127.0.0.1:1")
  static class FirstTargetAgain implements TransportKit {}

  @ReadinessTest(url = "https://localhost:1")
  static class SecondTarget implements TransportKit {}

  @ReadinessTest(url = "https://127.0.0.1:1")
  @Waiver(check = "hsts.present", reason = "an error is never waived", until = "2999-12-31")
  static class WaivedButDown implements TransportKit {}

  static class NoReadinessChecks {
    @Test
    void plainTest() {
      assertThat(1 + 1).isEqualTo(2);
    }
  }

  private static String profile(DemoStack stack) throws IOException {
    return stack.writeProfile(Files.createTempDirectory("readiness-report")).toString();
  }

  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureTheListenersLog() {
    Logger.getLogger(ReadinessReportListener.class.getName()).addHandler(capture);
  }

  @AfterEach
  void releaseTheLog() {
    Logger.getLogger(ReadinessReportListener.class.getName()).removeHandler(capture);
  }

  @Test
  void writesJsonMarkdownAndHtmlAndAppendsTheStepSummary(@TempDir Path dir) throws IOException {
    Path summary = Files.writeString(dir.resolve("step-summary.md"), "earlier step\n");
    Path out = dir.resolve("readiness");
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE,
        Misconfiguration.NOSNIFF_MISSING))) {
      ReportRuns.run(ReportedChecks.class, profile(stack), out,
          Map.of(ReadinessReportListener.GITHUB_STEP_SUMMARY, summary.toString()));

      JsonNode json = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
      assertThat(json.path("target").asText()).isEqualTo(stack.httpsUrl().toString());
      assertThat(json.path("profile").asText()).endsWith("readiness.yaml");
      assertThat(json.path("summary").toString())
          .isEqualTo("{\"PASS\":3,\"FAIL\":2,\"SKIPPED\":0,\"ERROR\":0,\"WAIVED\":1}");
      assertThat(json.path("verdict").asText()).isEqualTo("NOT READY");
      assertThat(json.path("score").asInt()).isEqualTo(60);
      List<String> rows = StreamSupport.stream(json.path("results").spliterator(), false)
          .map(r -> r.path("id").asText() + " " + r.path("status").asText() + " "
              + r.path("waiver").path("state").asText("-"))
          .toList();
      assertThat(rows).containsExactly("https.redirect PASS -", "hsts.present PASS -", "hsts.max-age FAIL ACTIVE",
          "headers.content-type-options FAIL -", "health.endpoint PASS -");
      assertThat(out.resolve(ReportFiles.MARKDOWN)).content()
          .contains("| Transport | 2 / 3 | 0 | 1 | 0 | 0 |")
          .contains("| `hsts.max-age` | ACTIVE (the failure is accepted until the last day) | 2999-12-31 | "
              + "CDN migration, OPS-123 |");
      assertThat(out.resolve(ReportFiles.HTML)).content().contains("<section class=\"check s-WAIVED\"");
      JsonNode sarif = new ObjectMapper().readTree(out.resolve(ReportFiles.SARIF).toFile());
      assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
      assertThat(StreamSupport.stream(sarif.path("runs").get(0).path("results").spliterator(), false)
          .map(r -> r.path("ruleId").asText()).toList()).containsExactly("hsts.max-age", "headers.content-type-options");
      assertThat(summary).content().startsWith("earlier step\n# Readiness report\n\n## Failing and undecided "
          + "checks\n").contains("| `headers.content-type-options` ").contains("| FAIL | ").contains("nosniff")
          .contains("## Status by category").doesNotContain("## Checks").doesNotContain("hsts.max-age` ")
          .doesNotContain(dir.toString()).doesNotContain(System.getProperty("user.dir"))
          .contains("- Profile: `readiness.yaml`");
      assertThat(logged).singleElement().asString().startsWith("Readiness report (NOT READY): open "
          + out.resolve(ReportFiles.HTML).toAbsolutePath() + " (");
    }
  }

  @Test
  void groupsResultsByTargetAndCountsEachCheckOncePerTarget(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("readiness");

    ReportRuns.runAll(List.of(FirstTarget.class, SecondTarget.class, FirstTargetAgain.class), out);

    JsonNode json = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
    List<String> targets = StreamSupport.stream(json.path("targets").spliterator(), false)
        .map(t -> t.path("target").asText() + " " + StreamSupport.stream(t.path("testClasses").spliterator(), false)
            .map(c -> c.asText().substring(c.asText().indexOf('$') + 1)).toList() + " " + t.path("checks").asInt())
        .toList();
    assertThat(targets).containsExactly("https://127.0.0.1:1/ [FirstTarget, FirstTargetAgain] 3",
        "https://localhost:1/ [SecondTarget] 3");
    List<String> rows = StreamSupport.stream(json.path("results").spliterator(), false)
        .map(r -> r.path("target").asText() + " " + r.path("id").asText()).toList();
    assertThat(rows).containsExactly("https://127.0.0.1:1/ https.redirect", "https://127.0.0.1:1/ hsts.present",
        "https://127.0.0.1:1/ hsts.max-age", "https://localhost:1/ https.redirect", "https://localhost:1/ hsts.present",
        "https://localhost:1/ hsts.max-age");
    long counted = json.path("summary").path("PASS").asLong() + json.path("summary").path("FAIL").asLong()
        + json.path("summary").path("ERROR").asLong() + json.path("summary").path("SKIPPED").asLong();
    assertThat(counted).isEqualTo(6);
    assertThat(out.resolve(ReportFiles.HTML)).content().contains("<table id=\"targets\">")
        .contains("<h2>Other checks against <code>https://localhost:1/</code></h2>")
        .contains("id=\"check-hsts.present-2\"");
    assertThat(out.resolve(ReportFiles.MARKDOWN)).content()
        .contains("## Checks against `https://127.0.0.1:1/` (ReadinessReportIT$FirstTarget, "
            + "ReadinessReportIT$FirstTargetAgain)")
        .contains("## Checks against `https://localhost:1/` (ReadinessReportIT$SecondTarget)");
  }

  @Test
  void aWaiverOnAnErrorIsReportedAsNotAppliedInEveryFormat(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("readiness");

    ReportRuns.runAll(List.of(WaivedButDown.class), out);

    JsonNode hsts = StreamSupport.stream(new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile())
        .path("results").spliterator(), false).filter(r -> r.path("id").asText().equals("hsts.present"))
        .findFirst().orElseThrow();
    assertThat(hsts.path("status").asText()).isEqualTo("ERROR");
    assertThat(hsts.path("waiver").path("state").asText()).isEqualTo("NOT_APPLIED");
    assertThat(out.resolve(ReportFiles.MARKDOWN)).content()
        .contains("| `hsts.present` | NOT_APPLIED (the check could not decide: an ERROR is never waived) |")
        .doesNotContain("NOT_NEEDED");
    assertThat(out.resolve(ReportFiles.HTML)).content().contains("<td data-state=\"NOT_APPLIED\">")
        .doesNotContain("NOT_NEEDED");
  }

  @Test
  void writesNothingForARunWithoutReadinessChecks(@TempDir Path dir) {
    Path summary = dir.resolve("step-summary.md");

    ReportRuns.run(NoReadinessChecks.class, "none", dir.resolve("readiness"),
        Map.of(ReadinessReportListener.GITHUB_STEP_SUMMARY, summary.toString()));

    assertThat(dir.resolve("readiness")).doesNotExist();
    assertThat(summary).doesNotExist();
  }

  @Test
  void reportsAChecksConfigurationErrorAsAnErrorRow(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("readiness");

    ReportRuns.run(ReportedChecks.class, "none", out, Map.of());

    JsonNode json = new ObjectMapper().readTree(out.resolve(ReportFiles.JSON).toFile());
    assertThat(json.path("summary").path("ERROR").asInt()).isEqualTo(5);
    assertThat(json.path("target").asText()).isEqualTo("(none)");
    assertThat(json.path("results").get(0).path("message").asText())
        .startsWith("no target for this readiness test: set @ReadinessTest(url = ...)");
  }

  @Test
  void theServiceLoaderRegistersTheListener(@TempDir Path dir) throws IOException {
    assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
        .contains(ReadinessReportListener.class);
    try (DemoStack stack = DemoStack.hardened()) {
      ReportRuns.runWithRegisteredListeners(ReportedChecks.class, profile(stack), dir);

      assertThat(dir.resolve(ReportFiles.JSON)).content().contains("\"verdict\" : \"READY\"");
      assertThat(dir.resolve(ReportFiles.MARKDOWN)).isRegularFile();
      assertThat(dir.resolve(ReportFiles.HTML)).isRegularFile();
    }
  }
}
