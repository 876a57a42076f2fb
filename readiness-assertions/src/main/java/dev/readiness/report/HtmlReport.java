package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.AppliedWaiver;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import org.apiguardian.api.API;

/**
 * The report as one self-contained HTML page: inline CSS, no script, no image, no link to anything outside the
 * page. It shows the verdict and readiness score, "Status by category" counted from the results, every check with
 * status, message, fix and evidence (in {@code <details>}), and every waiver with its expiry.
 *
 * <p>The page is well-formed XML (only the five XML character references are used), so tools can parse it; the
 * summary table carries {@code data-category} and {@code data-count} attributes with the same numbers as the
 * JSON report's {@code categories}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {

  private static final String STYLE = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;background:#f5f6f8}
      main{max-width:1120px;margin:0 auto;padding:24px}
      h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}
      .meta{color:#5b6472;margin:0 0 16px}.meta code{color:#1d2430}
      .verdict{display:flex;gap:16px;align-items:center;margin:12px 0 8px}
      .badge{display:inline-block;padding:3px 10px;border-radius:12px;font-weight:600;font-size:13px;white-space:nowrap}
      .big{font-size:20px;padding:6px 16px}
      .PASS,.READY{background:#d9f2e1;color:#12602f}.FAIL,.NOT-READY{background:#fadcdc;color:#8a1c1c}
      .WAIVED,.READY-WITH-WAIVERS{background:#fff0c7;color:#7a5300}.ERROR,.UNDECIDED{background:#ffe2c4;color:#8a4100}
      .SKIPPED{background:#e6e8ec;color:#454c57}
      .score{font-size:20px;font-weight:600}
      table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}
      th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #e4e7ec;vertical-align:top}
      th{background:#eef0f4;font-size:13px}td.n{font-variant-numeric:tabular-nums}
      .bar{height:8px;background:#e6e8ec;border-radius:4px;min-width:120px}.bar span{display:block;height:8px;border-radius:4px;background:#2f9e5a}
      .check{background:#fff;margin:0 0 10px;padding:12px 14px;border-left:5px solid #c5cad3;box-shadow:0 1px 2px rgba(0,0,0,.08)}
      .check.s-PASS{border-color:#2f9e5a}.check.s-FAIL{border-color:#c93636}.check.s-WAIVED{border-color:#d9a300}
      .check.s-ERROR{border-color:#e07000}
      .check h3{font-size:15px;margin:0 0 6px;display:flex;gap:10px;align-items:center}
      .check p{margin:4px 0}.fix{color:#12602f}.warn{color:#7a5300}.waiver{color:#7a5300}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
      details{margin-top:6px}summary{cursor:pointer;color:#3b5bdb}
      pre{white-space:pre-wrap;word-break:break-all;background:#f3f4f6;padding:8px;margin:6px 0;font-size:12px}
      """;

  private HtmlReport() {}

  /** @return the report as a complete HTML document */
  public static String render(ReadinessReport report) {
    StringBuilder out = new StringBuilder(16_384);
    String verdict = MarkdownReport.verdict(report);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Readiness report: ").append(escape(report.target())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>Readiness report</h1>\n<p class=\"meta\">Target <code>").append(escape(report.target()))
        .append("</code> · profile <code>").append(escape(report.profile())).append("</code> · started ")
        .append(escape(report.startedAt().toString())).append(", took ").append(report.duration().toMillis())
        .append(" ms</p>\n<div class=\"verdict\"><span id=\"verdict\" class=\"badge big ")
        .append(verdict.replace(' ', '-')).append("\">").append(verdict).append("</span><span class=\"score\" ")
        .append("id=\"score\" data-score=\"").append(report.score()).append("\">Readiness score ")
        .append(report.score()).append("%</span><span class=\"meta\">passed checks among the ")
        .append("applicable ones (all but skipped)</span></div>\n");
    categories(report, out);
    checks(report, out);
    waivers(report, out);
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void categories(ReadinessReport report, StringBuilder out) {
    out.append("<h2>Status by category</h2>\n<table id=\"status-by-category\">\n<thead><tr><th>Category</th>")
        .append("<th>Passed</th><th>Failed</th><th>Waived</th><th>Errors</th><th>Skipped</th><th>Total</th>")
        .append("<th>Passed of applicable</th></tr></thead>\n<tbody>\n");
    for (CategorySummary c : report.categories()) {
      int percent = c.applicable() == 0 ? 0 : c.passed() * 100 / c.applicable();
      out.append("<tr data-category=\"").append(c.category().name()).append("\"><td>")
          .append(escape(c.category().title())).append("</td>")
          .append(count("passed", c.passed())).append(count("failed", c.failed()))
          .append(count("waived", c.waived())).append(count("errors", c.errors()))
          .append(count("skipped", c.skipped())).append(count("total", c.total()))
          .append("<td><div class=\"bar\"><span style=\"width:").append(percent).append("%\"></span></div>")
          .append(c.passed()).append(" / ").append(c.applicable()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String count(String name, int value) {
    return "<td class=\"n\" data-count=\"" + name + "\">" + value + "</td>";
  }

  private static void checks(ReadinessReport report, StringBuilder out) {
    out.append("<h2>Checks</h2>\n");
    for (CheckResult r : report.results()) {
      String status = r.reportedStatus();
      out.append("<section class=\"check s-").append(status).append("\" id=\"check-").append(escape(r.id()))
          .append("\">\n<h3><span class=\"badge ").append(status).append("\">").append(status)
          .append("</span><code>").append(escape(r.id())).append("</code> ").append(escape(r.title()))
          .append("</h3>\n<p>").append(escape(r.message())).append("</p>\n");
      if (!r.fix().isEmpty()) {
        out.append("<p class=\"fix\"><strong>Fix:</strong> ").append(escape(r.fix())).append("</p>\n");
      }
      for (Finding w : r.outcome().warnings()) {
        out.append("<p class=\"warn\"><strong>Warning:</strong> ").append(escape(w.message())).append("</p>\n");
      }
      r.waiver().ifPresent(w -> out.append("<p class=\"waiver\"><strong>Waiver ").append(w.state().name())
          .append(" (").append(WaiverNotes.of(w.state())).append("; until ").append(w.waiver().until())
          .append("):</strong> ").append(escape(w.waiver().reason())).append("</p>\n"));
      if (!r.evidence().isEmpty()) {
        out.append("<details><summary>Evidence (").append(r.evidence().size()).append(")</summary>\n");
        for (Evidence e : r.evidence()) {
          out.append("<p><code>").append(escape(e.title())).append("</code></p>\n");
          if (!e.detail().isEmpty()) {
            out.append("<pre>").append(escape(e.detail())).append("</pre>\n");
          }
        }
        out.append("</details>\n");
      }
      out.append("</section>\n");
    }
  }

  private static void waivers(ReadinessReport report, StringBuilder out) {
    if (report.waivers().isEmpty()) {
      return;
    }
    out.append("<h2>Waivers</h2>\n<table id=\"waivers\">\n<thead><tr><th>Check</th><th>State</th><th>Until</th>")
        .append("<th>Reason</th></tr></thead>\n<tbody>\n");
    for (CheckResult r : report.waivers()) {
      AppliedWaiver w = r.waiver().orElseThrow();
      out.append("<tr><td><code>").append(escape(r.id())).append("</code></td><td data-state=\"")
          .append(w.state()).append("\">").append(w.state()).append(": ").append(WaiverNotes.of(w.state()))
          .append("</td><td>").append(w.waiver().until()).append("</td><td>").append(escape(w.waiver().reason()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** @return the text with the five XML special characters replaced by references */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < ' ' && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
