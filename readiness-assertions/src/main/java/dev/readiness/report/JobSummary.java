package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The report as a CI job summary (GitHub's {@code GITHUB_STEP_SUMMARY}): the failing and undecided checks first,
 * each with its message and fix (and its target, when the run covered several), then the verdict, score and status-by-category table. It names no absolute path of
 * the machine that ran it: the profile's directory, the working directory, the temporary directory and the home
 * directory are cut off every path in it (a URL's path is left alone).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JobSummary {

  private JobSummary() {}

  /**
   * @param report the report
   * @return Markdown: failures and errors (unwaived FAIL, then ERROR), verdict, score, status by category, with the
   *     profile's, working, temporary and home directories cut off every path
   */
  public static String render(ReadinessReport report) {
    List<Path> directories = new ArrayList<>();
    Path profile = Path.of(report.profile());
    if (profile.isAbsolute() && profile.getParent() != null) {
      directories.add(profile.getParent());
    }
    Stream.of("user.dir", "java.io.tmpdir", "user.home").map(System::getProperty).filter(Objects::nonNull)
        .map(Path::of).forEach(directories::add);
    return render(report, directories);
  }

  /** @return the summary with the given directories cut off every path, longest first */
  static String render(ReadinessReport report, List<Path> machineDirectories) {
    StringBuilder out = new StringBuilder("# Readiness report\n\n");
    boolean several = report.hasSeveralTargets();
    StringBuilder open = new StringBuilder();
    StringBuilder undecided = new StringBuilder();
    for (TargetGroup group : report.groups()) {
      for (CheckResult r : group.results()) {
        if (r.status() == Status.FAIL && !r.isWaived()) {
          row(open, r, several ? group.target() : null);
        } else if (r.status() == Status.ERROR) {
          row(undecided, r, several ? group.target() : null);
        }
      }
    }
    if (open.length() + undecided.length() > 0) {
      out.append("## Failing and undecided checks\n\n| Check |").append(several ? " Target |" : "")
          .append(" Status | Message | Fix |\n|---|").append(several ? "---|" : "").append("---|---|---|\n")
          .append(open).append(undecided).append('\n');
    }
    String summary = MarkdownReport.summary(report).replaceFirst("^# Readiness report\n\n", "");
    return local(out.append(summary).toString(), machineDirectories);
  }

  private static void row(StringBuilder out, CheckResult r, String target) {
    out.append("| `").append(r.id()).append("` ").append(MarkdownReport.cell(r.title())).append(" | ");
    if (target != null) {
      out.append('`').append(target).append("` | ");
    }
    out.append(r.reportedStatus()).append(" | ").append(MarkdownReport.cell(r.message())).append(" | ")
        .append(MarkdownReport.cell(r.fix())).append(" |\n");
  }

  private static String local(String text, List<Path> directories) {
    List<String> bases = directories.stream().map(d -> d.toAbsolutePath().normalize().toString())
        .filter(d -> d.length() > 1).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String local = text;
    for (String base : bases) {
      local = local.replace(base + "/", "");
    }
    return local;
  }
}
