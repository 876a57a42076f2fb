package dev.readiness.cli;

import dev.readiness.report.HtmlReport;
import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReadinessReport;
import dev.readiness.report.ReportJson;
import dev.readiness.report.TextReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Renders an empty report in every format on a daemon thread and throws the text away, so that loading and
 * initialising the renderers (Jackson above all) overlaps the checks' network waits instead of following them. It
 * writes nothing and changes no state: the real report is rendered afterwards exactly as without it.
 */
final class ReportWarmUp {

  private final Thread thread;

  private ReportWarmUp(Thread thread) {
    this.thread = thread;
  }

  /** @return the warm-up, already running */
  static ReportWarmUp start() {
    Thread thread = new Thread(ReportWarmUp::renderEmptyReport, "readiness-report-warm-up");
    thread.setDaemon(true);
    thread.start();
    return new ReportWarmUp(thread);
  }

  /** Waits for the warm-up to end, so that it never competes with the real rendering; an interrupt is kept. */
  void awaitQuietly() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void renderEmptyReport() {
    ReadinessReport empty = new ReadinessReport("warm-up", "(none)", Instant.now(), Duration.ZERO, List.of());
    ReportJson.report(empty);
    MarkdownReport.render(empty);
    HtmlReport.render(empty);
    TextReport.render(empty);
  }
}
