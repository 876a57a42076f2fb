package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.AppliedWaiver;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The report as one self-contained HTML page: inline CSS, one small inline script (the filter), no image, no link
 * to anything outside the page. It shows the verdict and readiness score, then the FAIL and ERROR cards ("Needs
 * attention"), "Status by category" counted from the results with a bar per category in the colours of passed,
 * failed, waived, error and skipped, then every other check, the shared evidence and every waiver with its expiry.
 * A filter by status and category hides the cards that do not match (a link can preselect it:
 * {@code readiness-report.html#status=FAIL;category=CORS}); without script every card shows.
 *
 * <p>Evidence that several checks share (the CORS checks all read the same exchanges) is kept once, in "Shared
 * evidence", and each of those checks links to it; every check with evidence keeps one {@code <details>} block.
 *
 * <p>The page is well-formed XML (only the five XML character references are used, and the script holds no
 * {@code <} or {@code &}), so tools can parse it; the summary table carries {@code data-category} and
 * {@code data-count} attributes with the same numbers as the JSON report's {@code categories}, and every card
 * carries {@code data-status} and {@code data-category}.
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
      .bar{display:flex;height:10px;background:#e6e8ec;border-radius:5px;min-width:160px;overflow:hidden;margin:3px 0}
      .bar span{display:block;height:10px}.b-passed{background:#2f9e5a}.b-failed{background:#c93636}
      .b-waived{background:#d9a300}.b-errors{background:#e07000}
      .b-skipped{background:repeating-linear-gradient(45deg,#c5cad3 0 4px,#e6e8ec 4px 8px)}
      .barlabel{font-size:13px;color:#454c57}
      .filter{display:flex;gap:14px;align-items:center;margin:14px 0;padding:8px 12px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}
      .filter select{font:inherit;padding:2px 4px}
      .check{background:#fff;margin:0 0 10px;padding:12px 14px;border-left:5px solid #c5cad3;box-shadow:0 1px 2px rgba(0,0,0,.08)}
      .check.s-PASS{border-color:#2f9e5a}.check.s-FAIL{border-color:#c93636}.check.s-WAIVED{border-color:#d9a300}
      .check.s-ERROR{border-color:#e07000}
      .check h3{font-size:15px;margin:0 0 6px;display:flex;gap:10px;align-items:center}
      .check p{margin:4px 0}.fix{color:#12602f}.warn{color:#7a5300}.waiver{color:#7a5300}
      .none{color:#12602f}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
      details{margin-top:6px}summary{cursor:pointer;color:#3b5bdb}
      .shared{background:#fff;margin:0 0 10px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
      .shared h3{font-size:15px;margin:0 0 6px}
      table.grid{width:auto;margin:6px 0;font-size:12px;box-shadow:none}table.grid td,table.grid th{padding:3px 8px}
      pre{white-space:pre-wrap;word-break:break-all;background:#f3f4f6;padding:8px;margin:6px 0;font-size:12px}
      """;

  private static final String SCRIPT = """
      (function(){var s=document.getElementById('filter-status'),c=document.getElementById('filter-category'),
      n=document.getElementById('filter-count');
      function apply(){var cards=document.querySelectorAll('section.check'),shown=0;
      for(var i=0;cards.length>i;i++){var e=cards[i];var ok=(s.value===''||e.getAttribute('data-status')===s.value)
      ?(c.value===''||e.getAttribute('data-category')===c.value):false;e.hidden=!ok;if(ok){shown++;}}
      n.textContent=shown+' of '+cards.length+' checks shown';}
      location.hash.slice(1).split(';').forEach(function(kv){var p=kv.split('=');
      if(p[0]==='status'){s.value=p[1];}if(p[0]==='category'){c.value=p[1];}});
      s.addEventListener('change',apply);c.addEventListener('change',apply);
      document.getElementById('filter').hidden=false;apply();})();
      """;

  private static final List<String> STATUSES = List.of("FAIL", "ERROR", "WAIVED", "PASS", "SKIPPED");

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
    Cards cards = new Cards(report);
    targets(report, out);
    filter(report, out);
    List<CheckResult> attention = report.results().stream().filter(HtmlReport::needsAttention).toList();
    out.append("<h2 id=\"attention\">Needs attention (").append(attention.size()).append(")</h2>\n");
    if (attention.isEmpty()) {
      out.append("<p class=\"none\">No check failed and every check decided.</p>\n");
    }
    attention.forEach(r -> card(r, cards, out));
    categories(report, out);
    for (TargetGroup group : report.groups()) {
      out.append("<h2>Other checks");
      if (report.hasSeveralTargets()) {
        out.append(" against <code>").append(escape(group.target())).append("</code>");
      }
      out.append("</h2>\n");
      group.results().stream().filter(r -> !needsAttention(r)).forEach(r -> card(r, cards, out));
    }
    cards.shared().render(out);
    waivers(report, out);
    return out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
  }

  /** @return whether the card goes to the top: a failure without an active waiver, or an error */
  private static boolean needsAttention(CheckResult r) {
    return r.reportedStatus().equals("FAIL") || r.reportedStatus().equals("ERROR");
  }

  /** Each card's anchor and target, and the evidence the cards share. */
  private static final class Cards {
    private final Map<CheckResult, String> anchors = new IdentityHashMap<>();
    private final Map<CheckResult, TargetGroup> groups = new IdentityHashMap<>();
    private final boolean severalTargets;
    private final SharedEvidence shared;

    Cards(ReadinessReport report) {
      severalTargets = report.hasSeveralTargets();
      for (int g = 0; g < report.groups().size(); g++) {
        TargetGroup group = report.groups().get(g);
        for (CheckResult r : group.results()) {
          anchors.put(r, "check-" + r.id() + (g == 0 ? "" : "-" + (g + 1)));
          groups.put(r, group);
        }
      }
      shared = SharedEvidence.of(report.results(), anchors::get);
    }

    String anchor(CheckResult r) {
      return anchors.get(r);
    }

    /** @return the line naming the card's target and test classes, empty for a report of one target */
    String origin(CheckResult r) {
      if (!severalTargets) {
        return "";
      }
      TargetGroup group = groups.get(r);
      return "<p class=\"meta\">Target <code>" + escape(group.target()) + "</code>"
          + (group.testClasses().isEmpty() ? "" : " · " + escape(simpleNames(group.testClasses()))) + "</p>\n";
    }

    SharedEvidence shared() {
      return shared;
    }
  }

  /** @return the class names without their packages, comma-separated */
  static String simpleNames(List<String> classNames) {
    return classNames.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).collect(Collectors.joining(", "));
  }

  private static void targets(ReadinessReport report, StringBuilder out) {
    if (!report.hasSeveralTargets()) {
      return;
    }
    out.append("<h2>Targets</h2>\n<table id=\"targets\">\n<thead><tr><th>Target</th><th>Test classes</th>")
        .append("<th>Passed</th><th>Failed</th><th>Errors</th><th>Skipped</th></tr></thead>\n<tbody>\n");
    for (TargetGroup g : report.groups()) {
      out.append("<tr><td><code>").append(escape(g.target())).append("</code></td><td>")
          .append(escape(simpleNames(g.testClasses()))).append("</td>")
          .append(count("passed", status(g, "PASS"))).append(count("failed", status(g, "FAIL")))
          .append(count("errors", status(g, "ERROR"))).append(count("skipped", status(g, "SKIPPED")))
          .append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static int status(TargetGroup g, String reported) {
    return (int) g.results().stream().filter(r -> r.reportedStatus().equals(reported)).count();
  }

  private static void filter(ReadinessReport report, StringBuilder out) {
    out.append("<form id=\"filter\" class=\"filter\" hidden=\"hidden\"><label>Status <select id=\"filter-status\">")
        .append("<option value=\"\">all</option>");
    for (String status : STATUSES) {
      long n = report.results().stream().filter(r -> r.reportedStatus().equals(status)).count();
      if (n > 0) {
        out.append("<option value=\"").append(status).append("\">").append(status).append(" (").append(n)
            .append(")</option>");
      }
    }
    out.append("</select></label><label>Category <select id=\"filter-category\"><option value=\"\">all</option>");
    for (CategorySummary c : report.categories()) {
      out.append("<option value=\"").append(c.category().name()).append("\">").append(escape(c.category().title()))
          .append(" (").append(c.total()).append(")</option>");
    }
    out.append("</select></label><span id=\"filter-count\" class=\"meta\"></span></form>\n");
  }

  private static void categories(ReadinessReport report, StringBuilder out) {
    out.append("<h2>Status by category</h2>\n<table id=\"status-by-category\">\n<thead><tr><th>Category</th>")
        .append("<th>Passed</th><th>Failed</th><th>Waived</th><th>Errors</th><th>Skipped</th><th>Total</th>")
        .append("<th>Passed of applicable</th></tr></thead>\n<tbody>\n");
    for (CategorySummary c : report.categories()) {
      out.append("<tr data-category=\"").append(c.category().name()).append("\"><td>")
          .append(escape(c.category().title())).append("</td>")
          .append(count("passed", c.passed())).append(count("failed", c.failed()))
          .append(count("waived", c.waived())).append(count("errors", c.errors()))
          .append(count("skipped", c.skipped())).append(count("total", c.total()))
          .append("<td>").append(bar(c)).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** @return a bar with one segment per status, each as wide as its share of the category, and a label */
  private static String bar(CategorySummary c) {
    StringBuilder bar = new StringBuilder("<div class=\"bar\" title=\"").append(c.passed()).append(" passed, ")
        .append(c.failed()).append(" failed, ").append(c.waived()).append(" waived, ").append(c.errors())
        .append(" errors, ").append(c.skipped()).append(" skipped\">");
    segment(bar, "passed", c.passed(), c.total());
    segment(bar, "failed", c.failed(), c.total());
    segment(bar, "waived", c.waived(), c.total());
    segment(bar, "errors", c.errors(), c.total());
    segment(bar, "skipped", c.skipped(), c.total());
    bar.append("</div><span class=\"barlabel\">");
    if (c.applicable() == 0) {
      bar.append("all ").append(c.skipped()).append(" skipped: not applicable to this stack");
    } else {
      bar.append(c.passed()).append(" / ").append(c.applicable()).append(" passed");
      if (c.skipped() > 0) {
        bar.append(", ").append(c.skipped()).append(" skipped");
      }
    }
    return bar.append("</span>").toString();
  }

  private static void segment(StringBuilder bar, String name, int count, int total) {
    if (count > 0) {
      bar.append("<span class=\"b-").append(name).append("\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.2f", count * 100.0 / total)).append("%\"></span>");
    }
  }

  private static String count(String name, int value) {
    return "<td class=\"n\" data-count=\"" + name + "\">" + value + "</td>";
  }

  private static void card(CheckResult r, Cards cards, StringBuilder out) {
    String status = r.reportedStatus();
    out.append("<section class=\"check s-").append(status).append("\" id=\"").append(escape(cards.anchor(r)))
        .append("\" data-status=\"").append(status).append("\" data-category=\"").append(r.category().name())
        .append("\">\n<h3><span class=\"badge ").append(status).append("\">").append(status)
        .append("</span><code>").append(escape(r.id())).append("</code> ").append(escape(r.title()))
        .append("</h3>\n").append(cards.origin(r)).append("<p>").append(escape(r.message())).append("</p>\n");
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
      if (!cards.shared().link(r, out)) {
        evidence(r.evidence(), out);
      }
      out.append("</details>\n");
    }
    out.append("</section>\n");
  }

  /** Writes evidence items: the title as code, the detail (when there is one) as a preformatted block. */
  static void evidence(List<Evidence> items, StringBuilder out) {
    for (Evidence e : items) {
      out.append("<p><code>").append(escape(e.title())).append("</code></p>\n");
      if (e.isTable()) {
        table(e.table(), out);
      } else if (!e.detail().isEmpty()) {
        out.append("<pre>").append(escape(e.detail())).append("</pre>\n");
      }
    }
  }

  /** Writes evidence that is a table, its first row as the header. */
  private static void table(List<List<String>> rows, StringBuilder out) {
    out.append("<table class=\"grid\">\n<thead><tr>");
    rows.get(0).forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows.subList(1, rows.size())) {
      out.append("<tr>");
      for (String cell : row) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
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
