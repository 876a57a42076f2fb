package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The report as JUnit XML (the {@code testsuites} shape Surefire writes and Jenkins, GitLab, Azure DevOps and
 * GitHub test-report actions read): one {@code testsuite} per target, one {@code testcase} per check named by
 * its check id, with class name {@code readiness.<category>}. A FAIL has a {@code failure} element (message, then
 * the fix), an ERROR an {@code error} element, a SKIPPED check a {@code skipped} element with the reason, and a
 * waived failure a {@code skipped} element that names the waiver: it is neither passed nor an open failure.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JUnitXmlReport {

  private JUnitXmlReport() {}

  /** @return the report as a JUnit XML document: one testsuite per target */
  public static String render(ReadinessReport report) {
    Map<Status, Long> counts = report.countByStatus();
    StringBuilder out = new StringBuilder(4_096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<testsuites name=\"readiness\" tests=\"").append(report.results().size()).append("\" failures=\"")
        .append(counts.get(Status.FAIL) - report.waivedCount()).append("\" errors=\"").append(counts.get(Status.ERROR))
        .append("\" time=\"").append(seconds(report.duration())).append("\">\n");
    for (TargetGroup group : report.groups()) {
      suite(report, group, out);
    }
    return out.append("</testsuites>\n").toString();
  }

  private static void suite(ReadinessReport report, TargetGroup group, StringBuilder out) {
    List<CheckResult> results = group.results();
    long waived = results.stream().filter(CheckResult::isWaived).count();
    long failures = results.stream().filter(r -> r.status() == Status.FAIL).count() - waived;
    long errors = results.stream().filter(r -> r.status() == Status.ERROR).count();
    long skipped = results.stream().filter(r -> r.status() == Status.SKIPPED).count() + waived;
    Duration took = results.stream().map(CheckResult::duration).reduce(Duration.ZERO, Duration::plus);
    out.append("  <testsuite name=\"").append(attribute("readiness " + group.target())).append("\" tests=\"")
        .append(results.size()).append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
        .append("\" skipped=\"").append(skipped).append("\" time=\"")
        .append(seconds(report.hasSeveralTargets() ? took : report.duration())).append("\" timestamp=\"")
        .append(report.startedAt()).append("\">\n    <properties>\n")
        .append(property("target", group.target())).append(property("profile", report.profile()));
    if (!group.testClasses().isEmpty()) {
      out.append(property("testClasses", String.join(", ", group.testClasses())));
    }
    out.append(property("verdict", MarkdownReport.verdict(report)))
        .append(property("score", Integer.toString(report.score()))).append("    </properties>\n");
    for (CheckResult r : results) {
      testcase(r, out);
    }
    out.append("  </testsuite>\n");
  }

  private static void testcase(CheckResult r, StringBuilder out) {
    out.append("    <testcase name=\"").append(attribute(r.id())).append("\" classname=\"readiness.")
        .append(r.category().name().toLowerCase(Locale.ROOT)).append("\" time=\"").append(seconds(r.duration()))
        .append('"');
    String body = r.fix().isEmpty() ? r.message() : r.message() + "\nFix: " + r.fix();
    if (r.isWaived()) {
      var w = r.waiver().orElseThrow().waiver();
      out.append(">\n      ").append(element("skipped", "WAIVED until " + w.until() + ": " + w.reason(), body));
    } else if (r.status() == Status.FAIL) {
      out.append(">\n      ").append(element("failure", r.message(), body));
    } else if (r.status() == Status.ERROR) {
      out.append(">\n      ").append(element("error", r.message(), body));
    } else if (r.status() == Status.SKIPPED) {
      out.append(">\n      ").append(element("skipped", r.message(), ""));
    } else {
      out.append("/>\n");
      return;
    }
    out.append("    </testcase>\n");
  }

  private static String element(String name, String message, String body) {
    String type = name.equals("failure") ? " type=\"FAIL\"" : name.equals("error") ? " type=\"ERROR\"" : "";
    String open = "<" + name + type + " message=\"" + attribute(message) + "\"";
    return (body.isEmpty() ? open + "/>" : open + ">" + HtmlReport.escape(body) + "</" + name + ">") + "\n";
  }

  private static String property(String name, String value) {
    return "      <property name=\"" + name + "\" value=\"" + attribute(value) + "\"/>\n";
  }

  private static String attribute(String text) {
    return HtmlReport.escape(text).replace("\n", "&#10;").replace("\t", "&#9;");
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }
}
