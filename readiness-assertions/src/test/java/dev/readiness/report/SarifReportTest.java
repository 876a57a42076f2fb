package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.check.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static CheckResult result(String id, Outcome outcome) {
    return new CheckResult(id, CheckCatalog.require(id).title(), CheckCatalog.require(id).category(), outcome,
        Duration.ofMillis(5));
  }

  private static final ReadinessReport REPORT = new ReadinessReport("https://shop.example/", "readiness.yaml",
      Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMillis(99), List.of(
          result("hsts.present", Outcome.pass("present", List.of())),
          new Waiver("hsts.max-age", "CDN migration", LocalDate.parse("2999-01-01")).applyTo(result("hsts.max-age",
              Outcome.of("ok", List.of(Finding.fail("max-age=86400 is short", "Set max-age=31536000")), List.of())),
              LocalDate.parse("2026-11-23")),
          result("headers.content-type-options", Outcome.of("ok", List.of(Finding.fail(
              "GET https://shop.example/ -> 200 without X-Content-Type-Options",
              "Send X-Content-Type-Options: nosniff")), List.of())),
          result("health.endpoint", Outcome.error("connection refused", List.of())),
          result("cors.allowed", Outcome.skipped("no CORS in the profile"))));

  private static JsonNode sarif(ReadinessReport report) throws IOException {
    return new ObjectMapper().readTree(SarifReport.render(report));
  }

  @Test
  void isValidAgainstTheSarif210Schema() throws IOException {
    Schema schema;
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new ObjectMapper().readTree(in));
    }

    List<Error> errors = schema.validate(sarif(REPORT));

    assertThat(errors).isEmpty();
    JsonNode broken = sarif(REPORT);
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0))
        .put("level", "fatal");
    assertThat(schema.validate(broken)).as("the schema rejects what SARIF forbids").isNotEmpty();
  }

  @Test
  void oneErrorResultPerFailWithTheCheckIdAsRuleIdAndTheFix() throws IOException {
    JsonNode run = sarif(REPORT).path("runs").get(0);

    List<String> results = new ArrayList<>();
    run.path("results").forEach(r -> results.add(r.path("ruleId").asText() + " " + r.path("level").asText() + " "
        + r.path("suppressions").path(0).path("status").asText("-")));
    assertThat(results).containsExactly("hsts.max-age error accepted", "headers.content-type-options error -");
    JsonNode nosniff = run.path("results").get(1);
    assertThat(nosniff.path("message").path("text").asText()).isEqualTo("GET https://shop.example/ -> 200 without "
        + "X-Content-Type-Options Fix: Send X-Content-Type-Options: nosniff");
    assertThat(nosniff.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
        .asText()).isEqualTo("readiness.yaml");
    JsonNode rule = run.path("tool").path("driver").path("rules").get(nosniff.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("headers.content-type-options");
    assertThat(rule.path("shortDescription").path("text").asText())
        .isEqualTo(CheckCatalog.require("headers.content-type-options").title());
    assertThat(rule.path("help").path("text").asText()).isEqualTo("Send X-Content-Type-Options: nosniff");
    assertThat(run.path("results").get(0).path("suppressions").get(0).path("justification").asText())
        .isEqualTo("CDN migration (until 2999-01-01)");
  }

  @Test
  void errorsAreNotificationsAndMakeTheInvocationUnsuccessful() throws IOException {
    JsonNode invocation = sarif(REPORT).path("runs").get(0).path("invocations").get(0);

    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications").get(0).path("message").path("text").asText())
        .isEqualTo("health.endpoint could not decide: connection refused");
  }

  @Test
  void aReportWithoutProfileLocatesResultsAtTheTarget() throws IOException {
    ReadinessReport report = new ReadinessReport("https://shop.example/", "(none)", Instant.EPOCH, Duration.ZERO,
        REPORT.results().subList(2, 3));

    JsonNode result = sarif(report).path("runs").get(0).path("results").get(0);

    assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
        .asText()).isEqualTo("https://shop.example/");
    assertThat(sarif(report).path("runs").get(0).path("invocations").get(0).path("executionSuccessful")
        .asBoolean()).isTrue();
  }
}
