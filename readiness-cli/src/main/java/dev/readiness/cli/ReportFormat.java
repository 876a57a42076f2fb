package dev.readiness.cli;

import dev.readiness.report.JUnitXmlReport;
import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportJson;
import dev.readiness.report.SarifReport;
import dev.readiness.report.TextReport;
import java.util.function.Function;

/**
 * What the command line prints on standard output; the files written to {@code --out} are always JSON, Markdown,
 * HTML and SARIF.
 */
enum ReportFormat {
  /** A line per check, for a terminal. */
  text(TextReport::render),
  /** The JSON report. */
  json(ReportJson::report),
  /** The Markdown report. */
  markdown(MarkdownReport::render),
  /** The SARIF 2.1.0 log, for GitHub code scanning. */
  sarif(SarifReport::render),
  /** JUnit XML: one testcase per check, for any CI's test report. */
  junit(JUnitXmlReport::render);

  private final Function<ReadinessReport, String> renderer;

  ReportFormat(Function<ReadinessReport, String> renderer) {
    this.renderer = renderer;
  }

  String render(ReadinessReport report) {
    return renderer.apply(report);
  }
}
