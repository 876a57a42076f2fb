package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.check.AppliedWaiver;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.check.Waiver;
import dev.readiness.check.WaiverState;
import dev.readiness.http.Traffic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON form of the report ({@code readiness-report.json}, schema in docs/report-schema.md) and of a single
 * result. {@link #result(String)} reads back exactly what {@link #result(CheckResult)} wrote.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportJson {

  /** The version of the report schema. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** @return the whole report as pretty-printed JSON */
  public static String report(ReadinessReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("target", report.target());
    root.put("profile", report.profile());
    root.put("startedAt", report.startedAt().toString());
    root.put("durationMs", report.duration().toMillis());
    ObjectNode summary = root.putObject("summary");
    report.countByStatus().forEach((status, count) -> summary.put(status.name(), count));
    summary.put("WAIVED", report.waivedCount());
    root.put("score", report.score());
    root.put("verdict", MarkdownReport.verdict(report));
    traffic(root.putObject("traffic"), report.traffic());
    ArrayNode categories = root.putArray("categories");
    for (CategorySummary c : report.categories()) {
      categories.addObject().put("category", c.category().name()).put("title", c.category().title())
          .put("passed", c.passed()).put("failed", c.failed()).put("waived", c.waived()).put("errors", c.errors())
          .put("skipped", c.skipped()).put("total", c.total());
    }
    ArrayNode targets = root.putArray("targets");
    ArrayNode results = root.putArray("results");
    for (TargetGroup g : report.groups()) {
      ObjectNode target = targets.addObject().put("target", g.target());
      g.testClasses().forEach(target.putArray("testClasses")::add);
      target.put("checks", g.results().size());
      g.results().forEach(r -> results.add(node(r).put("target", g.target())));
    }
    return write(root);
  }

  /** @return one result as compact JSON */
  public static String result(CheckResult result) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node(result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a session's traffic as compact JSON, the report's {@code traffic} object */
  public static String traffic(Traffic traffic) {
    ObjectNode node = MAPPER.createObjectNode();
    traffic(node, traffic);
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param json what {@link #traffic(Traffic)} wrote
   * @return the traffic
   * @throws IllegalArgumentException when the text is not such an object
   */
  public static Traffic traffic(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      List<Traffic.Limiter> limiters = new ArrayList<>();
      n.path("limiters").forEach(l -> limiters.add(new Traffic.Limiter(l.path("scope").asText(),
          l.path("refusals").asInt(), Duration.ofMillis(l.path("waitedMs").asLong()), l.path("lastSignal").asText())));
      return new Traffic(n.path("requests").asLong(), Duration.ofMillis(n.path("waitedMs").asLong()),
          n.path("logins").asInt(), n.path("wrongPasswords").asInt(), limiters);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readiness traffic object: " + e.getMessage(), e);
    }
  }

  /**
   * @param json what {@link #result(CheckResult)} wrote
   * @return the result
   * @throws IllegalArgumentException when the text is not such a result
   */
  public static CheckResult result(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      List<Finding> findings = new ArrayList<>();
      n.path("findings").forEach(f -> findings.add(new Finding(Severity.valueOf(f.path("severity").asText()),
          f.path("message").asText(), f.path("fix").asText())));
      List<Evidence> evidence = new ArrayList<>();
      n.path("evidence").forEach(e -> evidence.add(new Evidence(e.path("title").asText(), e.path("detail").asText(),
          table(e.path("table")))));
      Outcome outcome = new Outcome(Status.valueOf(n.path("status").asText()), n.path("message").asText(),
          n.path("fix").asText(), findings, evidence);
      return new CheckResult(n.path("id").asText(), n.path("title").asText(),
          Category.valueOf(n.path("category").asText()), outcome, Duration.ofMillis(n.path("durationMs").asLong()),
          waiver(n.path("id").asText(), n.path("waiver")));
    } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a readiness check result: " + e.getMessage(), e);
    }
  }

  private static ObjectNode node(CheckResult r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("title", r.title());
    n.put("category", r.category().name());
    n.put("status", r.status().name());
    n.put("message", r.message());
    n.put("fix", r.fix());
    ArrayNode findings = n.putArray("findings");
    for (Finding f : r.findings()) {
      findings.addObject().put("severity", f.severity().name()).put("message", f.message()).put("fix", f.fix());
    }
    ArrayNode evidence = n.putArray("evidence");
    for (Evidence e : r.evidence()) {
      ObjectNode item = evidence.addObject().put("title", e.title()).put("detail", e.detail());
      if (e.isTable()) {
        ArrayNode rows = item.putArray("table");
        e.table().forEach(row -> row.forEach(rows.addArray()::add));
      }
    }
    n.put("durationMs", r.duration().toMillis());
    r.waiver().ifPresent(w -> n.putObject("waiver").put("state", w.state().name())
        .put("reason", w.waiver().reason()).put("until", w.waiver().until().toString()));
    return n;
  }

  private static List<List<String>> table(JsonNode rows) {
    List<List<String>> table = new ArrayList<>();
    rows.forEach(row -> {
      List<String> cells = new ArrayList<>();
      row.forEach(cell -> cells.add(cell.asText()));
      table.add(cells);
    });
    return table;
  }

  private static Optional<AppliedWaiver> waiver(String check, JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new AppliedWaiver(new Waiver(check, n.path("reason").asText(),
        LocalDate.parse(n.path("until").asText())), WaiverState.valueOf(n.path("state").asText())));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void traffic(ObjectNode node, Traffic traffic) {
    node.put("requests", traffic.requests()).put("waitedMs", traffic.waited().toMillis())
        .put("logins", traffic.logins()).put("wrongPasswords", traffic.wrongPasswords());
    ArrayNode limiters = node.putArray("limiters");
    for (Traffic.Limiter limiter : traffic.limiters()) {
      limiters.addObject().put("scope", limiter.scope()).put("refusals", limiter.refusals())
          .put("waitedMs", limiter.waited().toMillis()).put("lastSignal", limiter.lastSignal());
    }
  }
}
