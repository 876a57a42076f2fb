package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.Traffic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupsTest {

  private static CheckResult result(String id, Category category, Outcome outcome) {
    return new CheckResult(id, id + " title", category, outcome, Duration.ofMillis(5));
  }

  private static final TargetGroup SHOP = new TargetGroup("https://shop/", List.of("com.acme.ShopReadinessTest"),
      List.of(result("hsts.present", Category.TRANSPORT, Outcome.pass("present", List.of())),
          result("leak.banner", Category.LEAKS, Outcome.pass("no banner", List.of()))));
  private static final TargetGroup API = new TargetGroup("https://api/", List.of("com.acme.ApiReadinessTest"),
      List.of(result("hsts.present", Category.TRANSPORT, Outcome.of("ok",
              List.of(Finding.fail("no HSTS", "Send HSTS")), List.of())),
          result("leak.banner", Category.LEAKS, Outcome.pass("no banner", List.of()))));
  private static final ReadinessReport REPORT = ReadinessReport.grouped("https://shop/, https://api/", "(none)",
      Instant.EPOCH, Duration.ZERO, List.of(SHOP, API));

  @Test
  void countsEachCheckOncePerTarget() {
    assertThat(REPORT.results()).hasSize(4);
    assertThat(REPORT.score()).isEqualTo(75);
    assertThat(REPORT.categories()).contains(new CategorySummary(Category.TRANSPORT, 1, 1, 0, 0, 0));
    assertThat(REPORT.hasSeveralTargets()).isTrue();
    assertThatThrownBy(() -> new ReadinessReport("x", "(none)", Instant.EPOCH, Duration.ZERO, SHOP.results(),
        List.of(SHOP, API), Traffic.NONE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFormatNamesTheTargetOfEachResult() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportJson.report(REPORT));
    assertThat(json.path("targets").get(1).toString())
        .isEqualTo("{\"target\":\"https://api/\",\"testClasses\":[\"com.acme.ApiReadinessTest\"],\"checks\":2}");
    assertThat(json.path("results").get(2).path("target").asText()).isEqualTo("https://api/");

    String html = HtmlReport.render(REPORT);
    assertThat(html).contains("<h2>Other checks against <code>https://shop/</code></h2>")
        .contains("<h2>Other checks against <code>https://api/</code></h2>")
        .containsOnlyOnce("id=\"check-hsts.present\"").contains("id=\"check-hsts.present-2\"")
        .contains("<p class=\"meta\">Target <code>https://api/</code> · ApiReadinessTest</p>");

    assertThat(MarkdownReport.render(REPORT)).contains("## Checks against `https://shop/` (ShopReadinessTest)")
        .contains("## Checks against `https://api/` (ApiReadinessTest)");
    assertThat(TextReport.render(REPORT)).contains("Against https://api/ (ApiReadinessTest):\nFAIL ");
    assertThat(JUnitXmlReport.render(REPORT)).contains("<testsuite name=\"readiness https://shop/\" tests=\"2\" "
        + "failures=\"0\"").contains("<testsuite name=\"readiness https://api/\" tests=\"2\" failures=\"1\"");
    assertThat(new ObjectMapper().readTree(SarifReport.render(REPORT)).path("runs").get(0).path("results").get(0)
        .path("properties").path("target").asText()).isEqualTo("https://api/");
  }

  @Test
  void aReportOfOneTargetReadsAsBefore() {
    ReadinessReport one = new ReadinessReport("https://shop/", "(none)", Instant.EPOCH, Duration.ZERO,
        SHOP.results());

    assertThat(one.groups()).hasSize(1);
    assertThat(MarkdownReport.render(one)).contains("\n## Checks\n\n").doesNotContain("Checks against");
    assertThat(HtmlReport.render(one)).contains("<h2>Other checks</h2>").doesNotContain("id=\"targets\"");
  }
}
