package dev.readiness.report;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The evidence lists that more than one check of a report carries, each kept once in the HTML page under an anchor
 * ({@code evidence-1}, ...) that every check sharing it links to. The CORS checks, for example, all read the same
 * exchanges: the page holds them once instead of once per check.
 */
final class SharedEvidence {

  private final Map<List<Evidence>, List<CheckResult>> users;
  private final Map<List<Evidence>, Integer> anchors = new LinkedHashMap<>();
  private final Function<CheckResult, String> anchorOf;

  private SharedEvidence(Map<List<Evidence>, List<CheckResult>> users, Function<CheckResult, String> anchorOf) {
    this.users = users;
    this.anchorOf = anchorOf;
    users.forEach((evidence, ids) -> {
      if (ids.size() > 1) {
        anchors.put(evidence, anchors.size() + 1);
      }
    });
  }

  /**
   * @param results the results of the page
   * @param anchorOf the id of each result's card
   * @return the shared evidence of these results, in the order of the first result that carries each list
   */
  static SharedEvidence of(List<CheckResult> results, Function<CheckResult, String> anchorOf) {
    Map<List<Evidence>, List<CheckResult>> users = new LinkedHashMap<>();
    for (CheckResult r : results) {
      if (!r.evidence().isEmpty()) {
        users.computeIfAbsent(r.evidence(), e -> new ArrayList<>()).add(r);
      }
    }
    return new SharedEvidence(users, anchorOf);
  }

  /**
   * Writes a link to the shared copy of the result's evidence, when it is shared.
   *
   * @return whether the evidence was shared (and so not to be written inline)
   */
  boolean link(CheckResult r, StringBuilder out) {
    Integer anchor = anchors.get(r.evidence());
    if (anchor == null) {
      return false;
    }
    List<String> others = users.get(r.evidence()).stream().filter(o -> o != r).map(CheckResult::id).toList();
    out.append("<p>Recorded once for ").append(others.size() + 1).append(" checks: <a href=\"#evidence-")
        .append(anchor).append("\">shared evidence E").append(anchor).append("</a> (also behind ");
    for (int i = 0; i < others.size(); i++) {
      out.append(i == 0 ? "" : ", ").append("<code>").append(HtmlReport.escape(others.get(i))).append("</code>");
    }
    out.append(")</p>\n");
    return true;
  }

  /** Writes the "Shared evidence" section, or nothing when no evidence is shared. */
  void render(StringBuilder out) {
    if (anchors.isEmpty()) {
      return;
    }
    out.append("<h2 id=\"shared-evidence\">Shared evidence</h2>\n");
    anchors.forEach((evidence, anchor) -> {
      out.append("<div class=\"shared\" id=\"evidence-").append(anchor).append("\">\n<h3>E").append(anchor)
          .append(": ").append(evidence.size()).append(" items behind ");
      List<CheckResult> behind = users.get(evidence);
      for (int i = 0; i < behind.size(); i++) {
        out.append(i == 0 ? "" : ", ").append("<a href=\"#").append(HtmlReport.escape(anchorOf.apply(behind.get(i))))
            .append("\"><code>").append(HtmlReport.escape(behind.get(i).id())).append("</code></a>");
      }
      out.append("</h3>\n");
      HtmlReport.evidence(evidence, out);
      out.append("</div>\n");
    });
  }
}
