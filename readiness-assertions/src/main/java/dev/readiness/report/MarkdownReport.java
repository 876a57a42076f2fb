package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.AppliedWaiver;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The report as Markdown: a status-by-category summary computed from the results, then every check.
 *
 * <p>Guarantee: text that may come from a server (messages, fixes, warnings, the target) renders as that text and
 * nothing else: ids, target and profile are code spans, every other text has HTML escaped as entities and Markdown
 * punctuation escaped, and control characters are shown as escapes, so a summary pasted into a CI job page holds no
 * element, image or link a server planted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownReport {

  private MarkdownReport() {}

  /** @return the report as Markdown: summary, status by category, checks, waivers */
  public static String render(ReadinessReport report) {
    StringBuilder out = new StringBuilder(summary(report));
    for (TargetGroup group : report.groups()) {
      out.append("\n## Checks");
      if (report.hasSeveralTargets()) {
        out.append(" against ").append(MarkdownText.code(group.target()));
        if (!group.testClasses().isEmpty()) {
          out.append(" (").append(cell(HtmlReport.simpleNames(group.testClasses()))).append(')');
        }
      }
      out.append("\n\n| Check | Status | Message | Fix |\n|---|---|---|---|\n");
      for (CheckResult r : group.results()) {
        out.append("| ").append(MarkdownText.code(r.id())).append(" ").append(cell(r.title())).append(" | ")
            .append(r.reportedStatus()).append(" | ").append(cell(r.message())).append(warnings(r)).append(" | ")
            .append(cell(r.fix())).append(" |\n");
      }
    }
    if (!report.waivers().isEmpty()) {
      out.append("\n## Waivers\n\n| Check | Waiver | Until | Reason |\n|---|---|---|---|\n");
      for (CheckResult r : report.waivers()) {
        AppliedWaiver w = r.waiver().orElseThrow();
        out.append("| ").append(MarkdownText.code(r.id())).append(" | ").append(w.state()).append(" (")
            .append(WaiverNotes.of(w.state())).append(") | ").append(w.waiver().until())
            .append(" | ").append(cell(w.waiver().reason())).append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * The head of the report: target, verdict, score and the status-by-category table (used alone for a CI job
   * summary such as {@code GITHUB_STEP_SUMMARY}).
   *
   * @return Markdown
   */
  public static String summary(ReadinessReport report) {
    StringBuilder out = new StringBuilder();
    Map<Status, Long> counts = report.countByStatus();
    out.append("# Readiness report\n\n")
        .append("- Target: ").append(MarkdownText.code(report.target())).append("\n")
        .append("- Profile: ").append(MarkdownText.code(report.profile())).append("\n")
        .append("- Started: ").append(report.startedAt()).append(", took ").append(report.duration().toMillis())
        .append(" ms\n")
        .append("- Verdict: **").append(verdict(report)).append("** (").append(counts.get(Status.PASS))
        .append(" passed, ").append(counts.get(Status.FAIL) - report.waivedCount()).append(" failed, ")
        .append(report.waivedCount()).append(" waived, ").append(counts.get(Status.ERROR)).append(" errors, ")
        .append(counts.get(Status.SKIPPED)).append(" skipped)\n")
        .append("- Readiness score: ").append(report.score()).append("% of applicable checks passed\n")
        .append("- Traffic: ").append(report.traffic().summary()).append("\n\n")
        .append("## Status by category\n\n| Category | Passed | Failed | Waived | Errors | Skipped |\n")
        .append("|---|---|---|---|---|---|\n");
    for (CategorySummary c : report.categories()) {
      out.append("| ").append(c.category().title()).append(" | ").append(c.passed()).append(" / ")
          .append(c.applicable()).append(" | ").append(c.failed()).append(" | ").append(c.waived()).append(" | ")
          .append(c.errors()).append(" | ").append(c.skipped()).append(" |\n");
    }
    return out.toString();
  }

  /**
   * @return {@code NOT READY} (a failure not waived), {@code UNDECIDED} (errors, no such failure),
   *     {@code READY WITH WAIVERS} (only waived failures) or {@code READY}
   */
  public static String verdict(ReadinessReport report) {
    if (report.hasFailures()) {
      return "NOT READY";
    }
    if (report.hasErrors()) {
      return "UNDECIDED";
    }
    return report.waivedCount() > 0 ? "READY WITH WAIVERS" : "READY";
  }

  private static String warnings(CheckResult r) {
    StringBuilder out = new StringBuilder();
    for (Finding f : r.outcome().warnings()) {
      out.append("<br>Warning: ").append(cell(f.message()));
    }
    return out.toString();
  }

  static String cell(String text) {
    return MarkdownText.cell(text);
  }
}
