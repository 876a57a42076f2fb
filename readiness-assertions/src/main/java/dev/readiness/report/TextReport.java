package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.PrintableText;
import dev.readiness.check.Status;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The report as plain text for a terminal: one line per check, the fix under each failure, then the verdict.
 * Guarantee: it holds no control character but line feed and tab (see {@link PrintableText}), so nothing a
 * server sent can steer the terminal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TextReport {

  private TextReport() {}

  /** @return the report as text */
  public static String render(ReadinessReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Readiness report for ").append(report.target()).append(" (profile ").append(report.profile())
        .append(")\n\n");
    for (TargetGroup group : report.groups()) {
      if (report.hasSeveralTargets()) {
        out.append("Against ").append(group.target()).append(group.testClasses().isEmpty() ? ""
            : " (" + HtmlReport.simpleNames(group.testClasses()) + ")").append(":\n");
      }
      for (CheckResult r : group.results()) {
        out.append(String.format("%-8s %-32s %s%n", r.reportedStatus(), r.id(), r.message()));
        if (!r.fix().isEmpty()) {
          out.append(String.format("%-8s %-32s fix: %s%n", "", "", r.fix()));
        }
        for (Finding w : r.outcome().warnings()) {
          out.append(String.format("%-8s %-32s warning: %s%n", "", "", w.message()));
        }
      }
      if (report.hasSeveralTargets()) {
        out.append('\n');
      }
    }
    Map<Status, Long> counts = report.countByStatus();
    out.append(String.format("%n%s: %d passed, %d failed, %d waived, %d errors, %d skipped in %d ms (score %d%%)%n",
        MarkdownReport.verdict(report), counts.get(Status.PASS), counts.get(Status.FAIL) - report.waivedCount(),
        report.waivedCount(), counts.get(Status.ERROR), counts.get(Status.SKIPPED), report.duration().toMillis(),
        report.score()));
    out.append("Traffic: ").append(report.traffic().summary()).append(String.format("%n"));
    return PrintableText.neutralise(out.toString());
  }
}
