package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.AppliedWaiver;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.check.Waiver;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportRenderingTest {

  private static final Waiver WAIVER = new Waiver("hsts.max-age", "CDN <migration> & co", LocalDate.parse("2027-03-01"));

  private static CheckResult result(String id, Category category, Outcome outcome) {
    return new CheckResult(id, id + " title", category, outcome, Duration.ofMillis(5));
  }

  private static final List<CheckResult> RESULTS = List.of(
      result("https.redirect", Category.TRANSPORT, Outcome.pass("redirects", List.of())),
      result("hsts.present", Category.TRANSPORT, Outcome.pass("present", List.of())),
      WAIVER.applyTo(result("hsts.max-age", Category.TRANSPORT, Outcome.of("ok",
          List.of(Finding.fail("max-age=86400 is below 31536000", "Set max-age=31536000")),
          List.of(new Evidence("GET https://a/ -> 200", "< Strict-Transport-Security: max-age=86400")))),
          LocalDate.parse("2026-11-23")),
      result("headers.content-type-options", Category.HEADERS, Outcome.of("ok",
          List.of(Finding.fail("no <nosniff> header", "Send X-Content-Type-Options: nosniff")), List.of())),
      result("health.endpoint", Category.OPERATIONS, Outcome.error("connection refused", List.of())),
      result("cors.x", Category.CORS, Outcome.skipped("cors is not configured")));

  private static final ReadinessReport REPORT = new ReadinessReport("https://a/", "(none)",
      Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMillis(99), RESULTS);

  @Test
  void countsCategoriesFromTheResults() {
    assertThat(REPORT.categories()).containsExactly(
        new CategorySummary(Category.TRANSPORT, 2, 0, 1, 0, 0),
        new CategorySummary(Category.HEADERS, 0, 1, 0, 0, 0),
        new CategorySummary(Category.CORS, 0, 0, 0, 0, 1),
        new CategorySummary(Category.OPERATIONS, 0, 0, 0, 1, 0));
    assertThat(REPORT.score()).isEqualTo(40);
    assertThat(REPORT.waivedCount()).isEqualTo(1);
    assertThat(MarkdownReport.verdict(REPORT)).isEqualTo("NOT READY");
  }

  @Test
  void onlyWaivedFailuresAreReadyWithWaivers() {
    ReadinessReport report = new ReadinessReport("https://a/", "(none)", Instant.EPOCH, Duration.ZERO,
        RESULTS.subList(0, 3));

    assertThat(report.hasFailures()).isFalse();
    assertThat(MarkdownReport.verdict(report)).isEqualTo("READY WITH WAIVERS");
  }

  @Test
  void jsonCarriesWaiverCategoriesAndScore() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.report(REPORT));

    assertThat(root.path("summary").path("FAIL").asInt()).isEqualTo(2);
    assertThat(root.path("summary").path("WAIVED").asInt()).isEqualTo(1);
    assertThat(root.path("score").asInt()).isEqualTo(40);
    assertThat(root.path("verdict").asText()).isEqualTo("NOT READY");
    assertThat(root.path("categories").get(0).toString()).isEqualTo("{\"category\":\"TRANSPORT\",\"title\":"
        + "\"Transport\",\"passed\":2,\"failed\":0,\"waived\":1,\"errors\":0,\"skipped\":0,\"total\":3}");
    JsonNode waived = root.path("results").get(2);
    assertThat(waived.path("status").asText()).isEqualTo("FAIL");
    assertThat(waived.path("waiver").toString())
        .isEqualTo("{\"state\":\"ACTIVE\",\"reason\":\"CDN <migration> & co\",\"until\":\"2027-03-01\"}");
  }

  @Test
  void waiverSurvivesTheReportEntryRoundTrip() {
    CheckResult waived = RESULTS.get(2);

    assertThat(ReportJson.result(ReportJson.result(waived))).isEqualTo(waived);
  }

  @Test
  void markdownListsWaivedStatusAndWaivers() {
    String markdown = MarkdownReport.render(REPORT);

    assertThat(markdown).contains("- Verdict: **NOT READY** (2 passed, 1 failed, 1 waived, 1 errors, 1 skipped)")
        .contains("- Readiness score: 40% of applicable checks passed")
        .contains("| Transport | 2 / 3 | 0 | 1 | 0 | 0 |")
        .contains("| `hsts.max-age` hsts.max-age title | WAIVED | max-age=86400 is below 31536000 |")
        .contains("## Waivers\n\n| Check | Waiver | Until | Reason |\n|---|---|---|---|\n"
            + "| `hsts.max-age` | ACTIVE (the failure is accepted until the last day) | 2027-03-01 | CDN &lt;migration&gt; &amp; co |");
  }

  @Test
  void htmlIsWellFormedEscapedAndSelfContained() throws Exception {
    String html = HtmlReport.render(REPORT);

    Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).doesNotContainPattern("(?i)src\\s*=").doesNotContainPattern("(?i)href\\s*=\\s*\"[^#]")
        .containsOnlyOnce("<script>")
        .contains("CDN &lt;migration&gt; &amp; co").contains("<details><summary>Evidence (1)</summary>")
        .contains("&lt; Strict-Transport-Security: max-age=86400");
    NodeList rows = page.getElementsByTagName("tr");
    Element transport = null;
    for (int i = 0; i < rows.getLength(); i++) {
      Element row = (Element) rows.item(i);
      if (row.getAttribute("data-category").equals("TRANSPORT")) {
        transport = row;
      }
    }
    assertThat(transport).isNotNull();
    assertThat(transport.getTextContent()).startsWith("Transport201003");
    assertThat(html).contains("<span id=\"verdict\" class=\"badge big NOT-READY\">NOT READY</span>")
        .contains("data-score=\"40\">Readiness score 40%");
  }

  @Test
  void htmlPutsFailAndErrorCardsFirstAndFiltersByStatusAndCategory() {
    String html = HtmlReport.render(REPORT);

    String attention = html.substring(html.indexOf("<h2 id=\"attention\">"), html.indexOf("<h2>Status by category"));
    assertThat(attention).startsWith("<h2 id=\"attention\">Needs attention (2)</h2>")
        .contains("id=\"check-headers.content-type-options\" data-status=\"FAIL\" data-category=\"HEADERS\"")
        .contains("id=\"check-health.endpoint\" data-status=\"ERROR\" data-category=\"OPERATIONS\"")
        .doesNotContain("check-hsts.max-age").doesNotContain("check-https.redirect");
    assertThat(attention.indexOf("check-headers.content-type-options"))
        .isLessThan(attention.indexOf("check-health.endpoint"));
    assertThat(html.indexOf("check-https.redirect")).isGreaterThan(html.indexOf("<h2>Other checks"));
    assertThat(html).contains("<select id=\"filter-status\"><option value=\"\">all</option><option value=\"FAIL\">"
        + "FAIL (1)</option><option value=\"ERROR\">ERROR (1)</option><option value=\"WAIVED\">WAIVED (1)</option>"
        + "<option value=\"PASS\">PASS (2)</option><option value=\"SKIPPED\">SKIPPED (1)</option></select>")
        .contains("<option value=\"CORS\">CORS (1)</option>")
        .contains("<form id=\"filter\" class=\"filter\" hidden=\"hidden\">");
  }

  @Test
  void barsShowEachStatusInItsColourAndAFullySkippedCategorySaysSo() {
    String html = HtmlReport.render(REPORT);

    assertThat(html).contains("<div class=\"bar\" title=\"2 passed, 0 failed, 1 waived, 0 errors, 0 skipped\">"
        + "<span class=\"b-passed\" style=\"width:66.67%\"></span><span class=\"b-waived\" style=\"width:33.33%\">"
        + "</span></div><span class=\"barlabel\">2 / 3 passed</span>")
        .contains("<span class=\"b-errors\" style=\"width:100.00%\"></span></div><span class=\"barlabel\">0 / 1 "
            + "passed</span>")
        .contains("<span class=\"b-skipped\" style=\"width:100.00%\"></span></div><span class=\"barlabel\">all 1 "
            + "skipped: not applicable to this stack</span>")
        .doesNotContain("0 / 0");
  }

  @Test
  void evidenceSharedByChecksIsKeptOnceAndLinked() {
    List<Evidence> exchanges = List.of(new Evidence("OPTIONS https://a/api Origin: https://evil.example -> 403",
        "< Vary: Origin"), new Evidence("GET https://a/api Origin: https://app.example -> 200", ""));
    ReadinessReport report = new ReadinessReport("https://a/", "(none)", Instant.EPOCH, Duration.ZERO, List.of(
        result("cors.allowed", Category.CORS, Outcome.pass("allowed", exchanges)),
        result("cors.wildcard", Category.CORS, Outcome.pass("no wildcard", exchanges)),
        result("cors.reflection", Category.CORS, Outcome.pass("no reflection", exchanges)),
        result("hsts.present", Category.TRANSPORT, Outcome.pass("present", List.of(Evidence.of("GET https://a/"))))));

    String html = HtmlReport.render(report);

    assertThat(html).containsOnlyOnce("OPTIONS https://a/api Origin: https://evil.example -&gt; 403")
        .containsOnlyOnce("<div class=\"shared\" id=\"evidence-1\">")
        .contains("<h3>E1: 2 items behind <a href=\"#check-cors.allowed\"><code>cors.allowed</code></a>, "
            + "<a href=\"#check-cors.wildcard\"><code>cors.wildcard</code></a>, <a href=\"#check-cors.reflection\">")
        .contains("<p>Recorded once for 3 checks: <a href=\"#evidence-1\">shared evidence E1</a> (also behind "
            + "<code>cors.wildcard</code>, <code>cors.reflection</code>)</p>")
        .contains("<details><summary>Evidence (1)</summary>\n<p><code>GET https://a/</code></p>");
    assertThat(html.split("<details>", -1)).hasSize(5);
  }

  @Test
  void tableEvidenceIsATableInHtmlAndSurvivesTheJsonRoundTrip() {
    Evidence grid = Evidence.table("TLS versions and suites", List.of("suite", "TLSv1.2", "TLSv1.3"),
        List.of(List.of("TLS_AES_128_GCM_SHA256", "-", "accepted"), List.of("TLS_RSA_WITH_RC4_128_SHA", "rejected",
            "-")));
    CheckResult result = result("tls.ciphers", Category.TLS, Outcome.pass("only strong suites", List.of(grid)));
    ReadinessReport report = new ReadinessReport("https://a/", "(none)", Instant.EPOCH, Duration.ZERO,
        List.of(result));

    assertThat(ReportJson.result(ReportJson.result(result))).isEqualTo(result);
    assertThat(grid.detail()).isEqualTo("suite\tTLSv1.2\tTLSv1.3\nTLS_AES_128_GCM_SHA256\t-\taccepted\n"
        + "TLS_RSA_WITH_RC4_128_SHA\trejected\t-");
    assertThat(HtmlReport.render(report)).contains("<table class=\"grid\">\n<thead><tr><th>suite</th><th>TLSv1.2</th>"
        + "<th>TLSv1.3</th></tr></thead>\n<tbody>\n<tr><td>TLS_AES_128_GCM_SHA256</td><td>-</td>"
        + "<td>accepted</td></tr>\n<tr><td>TLS_RSA_WITH_RC4_128_SHA</td><td>rejected"
        + "</td><td>-</td></tr>").doesNotContain("<pre>suite");
  }

  @Test
  void reportFilesAreJsonMarkdownAndHtml(@TempDir Path dir) {
    ReportFiles.write(REPORT, dir);

    assertThat(dir.resolve(ReportFiles.JSON)).isRegularFile();
    assertThat(dir.resolve(ReportFiles.MARKDOWN)).content().startsWith("# Readiness report");
    assertThat(dir.resolve(ReportFiles.HTML)).content().startsWith("<!DOCTYPE html>");
  }

  @Test
  void aWaiverOnAnErrorIsShownAsNotAppliedInEveryFormat() throws Exception {
    Waiver waiver = new Waiver("health.endpoint", "known outage", LocalDate.parse("2027-03-01"));
    CheckResult error = waiver.applyTo(RESULTS.get(4), LocalDate.parse("2026-11-23"));
    ReadinessReport report = new ReadinessReport("https://a/", "(none)", Instant.EPOCH, Duration.ZERO,
        List.of(error));

    assertThat(new ObjectMapper().readTree(ReportJson.report(report)).path("results").get(0).path("waiver")
        .path("state").asText()).isEqualTo("NOT_APPLIED");
    assertThat(MarkdownReport.render(report))
        .contains("| `health.endpoint` | NOT_APPLIED (the check could not decide: an ERROR is never waived) |")
        .doesNotContain("NOT_NEEDED");
    assertThat(HtmlReport.render(report))
        .contains("<td data-state=\"NOT_APPLIED\">NOT_APPLIED: the check could not decide: an ERROR is never waived")
        .contains("<strong>Waiver NOT_APPLIED (the check could not decide: an ERROR is never waived;")
        .doesNotContain("NOT_NEEDED");
    assertThat(MarkdownReport.verdict(report)).isEqualTo("UNDECIDED");
  }

  @Test
  void appliedWaiverIsAValue() {
    assertThat(RESULTS.get(2).waiver().map(AppliedWaiver::waiver)).contains(WAIVER);
  }
}
