package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** The report as Markdown: a status-by-category summary computed from the results, then every check. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownReport {

  private MarkdownReport() {}

  /** @return the report as Markdown */
  public static String render(ReadinessReport report) {
    StringBuilder out = new StringBuilder();
    Map<Status, Long> counts = report.countByStatus();
    out.append("# Readiness report\n\n")
        .append("- Target: `").append(report.target()).append("`\n")
        .append("- Profile: `").append(report.profile()).append("`\n")
        .append("- Started: ").append(report.startedAt()).append(", took ").append(report.duration().toMillis())
        .append(" ms\n")
        .append("- Verdict: **").append(verdict(report)).append("** (").append(counts.get(Status.PASS))
        .append(" passed, ").append(counts.get(Status.FAIL)).append(" failed, ").append(counts.get(Status.ERROR))
        .append(" errors, ").append(counts.get(Status.SKIPPED)).append(" skipped)\n\n")
        .append("## Status by category\n\n| Category | Passed | Failed | Errors | Skipped |\n|---|---|---|---|---|\n");
    for (Category category : Category.values()) {
      List<CheckResult> results = report.inCategory(category);
      if (!results.isEmpty()) {
        out.append("| ").append(category.title()).append(" | ").append(count(results, Status.PASS))
            .append(" / ").append(results.size()).append(" | ").append(count(results, Status.FAIL)).append(" | ")
            .append(count(results, Status.ERROR)).append(" | ").append(count(results, Status.SKIPPED)).append(" |\n");
      }
    }
    out.append("\n## Checks\n\n| Check | Status | Message | Fix |\n|---|---|---|---|\n");
    for (CheckResult r : report.results()) {
      out.append("| `").append(r.id()).append("` ").append(cell(r.title())).append(" | ").append(r.status())
          .append(" | ").append(cell(r.message())).append(warnings(r)).append(" | ").append(cell(r.fix()))
          .append(" |\n");
    }
    return out.toString();
  }

  /** @return {@code READY}, {@code NOT READY} (a failure) or {@code UNDECIDED} (errors, no failure) */
  public static String verdict(ReadinessReport report) {
    if (report.hasFailures()) {
      return "NOT READY";
    }
    return report.hasErrors() ? "UNDECIDED" : "READY";
  }

  private static long count(List<CheckResult> results, Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String warnings(CheckResult r) {
    StringBuilder out = new StringBuilder();
    for (Finding f : r.outcome().warnings()) {
      out.append("<br>Warning: ").append(cell(f.message()));
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
