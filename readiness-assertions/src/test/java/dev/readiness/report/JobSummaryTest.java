package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.check.Waiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {

  private static CheckResult result(String id, Category category, Outcome outcome) {
    return new CheckResult(id, id + " title", category, outcome, Duration.ofMillis(5));
  }

  private static final ReadinessReport REPORT = new ReadinessReport("https://a/", "/home/ci/work/stack/readiness.yaml",
      Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMillis(99), List.of(
          result("hsts.present", Category.TRANSPORT, Outcome.pass("present", List.of())),
          new Waiver("hsts.max-age", "CDN", LocalDate.parse("2999-01-01")).applyTo(result("hsts.max-age",
              Category.TRANSPORT, Outcome.of("ok", List.of(Finding.fail("max-age=86400 is short", "Set max-age")),
                  List.of())), LocalDate.parse("2026-11-23")),
          result("health.endpoint", Category.OPERATIONS,
              Outcome.error("cannot read /home/ci/work/stack/secrets/token.txt", List.of())),
          result("headers.content-type-options", Category.HEADERS, Outcome.of("ok",
              List.of(Finding.fail("GET https://a/x/y/ -> 200 without nosniff", "Send X-Content-Type-Options: "
                  + "nosniff")), List.of()))));

  @Test
  void listsFailingThenUndecidedChecksWithMessageAndFixBeforeTheVerdict() {
    String summary = JobSummary.render(REPORT, List.of(Path.of("/home/ci/work/stack"), Path.of("/home/ci")));

    assertThat(summary).startsWith("# Readiness report\n\n## Failing and undecided checks\n\n"
        + "| Check | Status | Message | Fix |\n|---|---|---|---|\n"
        + "| `headers.content-type-options` headers.content-type-options title | FAIL | "
        + "GET https://a/x/y/ -&gt; 200 without nosniff | Send X-Content-Type-Options: nosniff |\n"
        + "| `health.endpoint` health.endpoint title | ERROR | cannot read secrets/token.txt |  |\n\n"
        + "- Target: `https://a/`\n- Profile: `readiness.yaml`\n");
    assertThat(summary).contains("- Verdict: **NOT READY**").contains("## Status by category")
        .doesNotContain("hsts.max-age").doesNotContain("/home/ci");
    assertThat(summary.indexOf("## Failing")).isLessThan(summary.indexOf("- Verdict"));
  }

  @Test
  void aReadyRunHasNoFailureTable() {
    ReadinessReport ready = new ReadinessReport("https://a/", "(none)", Instant.EPOCH, Duration.ZERO,
        REPORT.results().subList(0, 1));

    assertThat(JobSummary.render(ready)).startsWith("# Readiness report\n\n- Target: `https://a/`")
        .doesNotContain("Failing").contains("- Verdict: **READY**");
  }

  @Test
  void severalTargetsNameTheTargetOfEachFailure() {
    ReadinessReport two = ReadinessReport.grouped("https://a/, https://b/", "(none)", Instant.EPOCH, Duration.ZERO,
        List.of(new TargetGroup("https://a/", List.of(), REPORT.results().subList(0, 1)),
            new TargetGroup("https://b/", List.of(), REPORT.results().subList(3, 4))));

    assertThat(JobSummary.render(two)).contains("| Check | Target | Status | Message | Fix |\n|---|---|---|---|---|\n"
        + "| `headers.content-type-options` headers.content-type-options title | `https://b/` | FAIL | ");
  }
}
