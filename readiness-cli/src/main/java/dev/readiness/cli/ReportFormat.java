package dev.readiness.cli;

import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportJson;
import dev.readiness.report.TextReport;
import java.util.function.Function;

/**
 * What the command line prints on standard output; the files written to {@code --out} are always JSON, Markdown and
 * HTML.
 */
enum ReportFormat {
  /** A line per check, for a terminal. */
  text(TextReport::render),
  /** The JSON report. */
  json(ReportJson::report),
  /** The Markdown report. */
  markdown(MarkdownReport::render);

  private final Function<ReadinessReport, String> renderer;

  ReportFormat(Function<ReadinessReport, String> renderer) {
    this.renderer = renderer;
  }

  String render(ReadinessReport report) {
    return renderer.apply(report);
  }
}
