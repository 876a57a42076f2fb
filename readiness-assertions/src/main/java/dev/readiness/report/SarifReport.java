package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The report as a SARIF 2.1.0 log ({@code readiness-report.sarif}), the format GitHub code scanning and other CI
 * tools read. One run whose tool is {@code Readiness}; one rule per check of the report, named by its check id and
 * carrying the catalogue's title (its help text is the fix when the check failed); one result per FAIL, with the
 * check id as {@code ruleId}, level {@code error}, the message and fix as its text, and the stack profile (or the
 * target URL when there is none) as its location. A waived failure is a result with an accepted suppression that
 * carries the waiver's reason; an ERROR is a tool execution notification, never a result, and makes the invocation
 * unsuccessful. PASS and SKIPPED checks give no result.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SarifReport {

  /** The SARIF version written: {@value}. */
  public static final String VERSION = "2.1.0";

  /** The schema the log names: {@value}. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  /** @return the report as a pretty-printed SARIF 2.1.0 log */
  public static String render(ReadinessReport report) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Readiness");
    String version = SarifReport.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("version", version);
    }
    Map<String, Integer> ruleIndex = rules(report.results(), driver.putArray("rules"));
    String location = location(report);
    ArrayNode results = run.putArray("results");
    for (TargetGroup group : report.groups()) {
      for (CheckResult r : group.results()) {
        if (r.status() == Status.FAIL) {
          result(r, ruleIndex.get(r.id()), location, group.target(), results.addObject());
        }
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", !report.hasErrors());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (CheckResult r : report.results()) {
      if (r.status() == Status.ERROR) {
        ObjectNode n = notifications.addObject();
        n.putObject("message").put("text", r.id() + " could not decide: " + r.message());
        n.put("level", "error");
        n.putObject("descriptor").put("id", r.id()).put("index", ruleIndex.get(r.id()));
      }
    }
    ObjectNode properties = run.putObject("properties");
    properties.put("target", report.target());
    properties.put("verdict", MarkdownReport.verdict(report));
    properties.put("score", report.score());
    try {
      return MAPPER.writeValueAsString(log) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> rules(List<CheckResult> results, ArrayNode rules) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (CheckResult r : results) {
      if (index.containsKey(r.id())) {
        continue;
      }
      index.put(r.id(), index.size());
      String title = CheckCatalog.find(r.id()).map(Check::title).orElse(r.title());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", r.id());
      rule.putObject("shortDescription").put("text", title);
      rule.putObject("fullDescription").put("text", r.category().title() + ": " + title);
      String help = results.stream().filter(o -> o.id().equals(r.id()) && !o.fix().isEmpty())
          .map(CheckResult::fix).findFirst().orElse(title);
      rule.putObject("help").put("text", help);
      rule.putObject("defaultConfiguration").put("level", "error");
      rule.putObject("properties").put("category", r.category().name())
          .putArray("tags").add("readiness").add(r.category().name().toLowerCase(Locale.ROOT));
    }
    return index;
  }

  private static void result(CheckResult r, int ruleIndex, String location, String target, ObjectNode out) {
    out.put("ruleId", r.id());
    out.put("ruleIndex", ruleIndex);
    out.put("level", "error");
    String text = r.message() + (r.fix().isEmpty() ? "" : " Fix: " + r.fix());
    out.putObject("message").put("text", text);
    ObjectNode physical = out.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", location);
    if (!location.contains("://")) {
      physical.putObject("region").put("startLine", 1);
    }
    out.putObject("partialFingerprints").put("readinessCheck/v1", r.id() + "@" + target);
    r.waiver().filter(w -> r.isWaived()).ifPresent(w -> out.putArray("suppressions").addObject()
        .put("kind", "external").put("status", "accepted")
        .put("justification", w.waiver().reason() + " (until " + w.waiver().until() + ")"));
    out.putObject("properties").put("target", target).put("category", r.category().name())
        .put("status", r.reportedStatus());
  }

  /** @return the profile as a path relative to the working directory (or its file name), else the target URL */
  private static String location(ReadinessReport report) {
    try {
      Path profile = Path.of(report.profile());
      if (report.profile().equals("(none)") || report.profile().contains(", ")) {
        return report.target().contains(", ") ? report.target().split(", ")[0] : report.target();
      }
      Path here = Path.of("").toAbsolutePath();
      Path absolute = profile.toAbsolutePath().normalize();
      Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute.getFileName();
      return shown.toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return report.target();
    }
  }
}
