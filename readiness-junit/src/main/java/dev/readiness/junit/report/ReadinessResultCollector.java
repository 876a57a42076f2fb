package dev.readiness.junit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Outcome;
import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import dev.readiness.http.Traffic;
import dev.readiness.report.ReportJson;
import dev.readiness.report.TargetGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects the check results of a JUnit run from the report entries that {@link CheckRun} publishes. A
 * {@link ReadinessCheck} test that ended without publishing a result (its configuration was invalid, say) becomes an
 * ERROR row with the test's own failure message, and a skipped one a SKIPPED row, so every check of the run has a
 * row and none is silently lost. Results are grouped by the target they were published for (a row without one takes
 * its test class's target, else {@code (none)}); a check that several test classes ran against the same target is
 * one row, the one that says most (unwaived FAIL, then ERROR, waived FAIL, PASS, SKIPPED). Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReadinessResultCollector implements TestExecutionListener {

  private static final String NO_TARGET = "(none)";

  private final Map<String, CheckResult> byTest = new ConcurrentHashMap<>();
  private final Map<String, String> classOfTest = new ConcurrentHashMap<>();
  private final Map<String, String> targetOfTest = new ConcurrentHashMap<>();
  private final Map<String, String> targetOfClass = new ConcurrentHashMap<>();
  private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Set<String> targets = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
  private final Set<String> profiles = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
  private final Map<String, Traffic> trafficBySession = new ConcurrentHashMap<>();

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    Map<String, String> pairs = entry.getKeyValuePairs();
    String json = pairs.get(CheckRun.REPORT_ENTRY_KEY);
    if (json != null) {
      Optional.ofNullable(pairs.get(CheckRun.TARGET_ENTRY_KEY)).ifPresent(target -> {
        targets.add(target);
        targetOfTest.put(test.getUniqueId(), target);
        className(test).ifPresent(c -> targetOfClass.putIfAbsent(c, target));
      });
      record(test, ReportJson.result(json));
      Optional.ofNullable(pairs.get(CheckRun.PROFILE_ENTRY_KEY)).ifPresent(profiles::add);
      Optional.ofNullable(pairs.get(CheckRun.TRAFFIC_ENTRY_KEY)).map(ReportJson::traffic).ifPresent(traffic ->
          trafficBySession.put(pairs.getOrDefault(CheckRun.SESSION_ENTRY_KEY, ""), traffic));
    }
  }

  /** @return the traffic of every session the results were published from, added up */
  public Traffic traffic() {
    return trafficBySession.values().stream().reduce(Traffic.NONE, Traffic::plus);
  }

  /** @return the targets the results were published for, in first-seen order; empty before any result */
  public List<String> targets() {
    synchronized (targets) {
      return List.copyOf(targets);
    }
  }

  /** @return the stack profiles (files, or {@code (none)}) the results were published with, in first-seen order */
  public List<String> profiles() {
    synchronized (profiles) {
      return List.copyOf(profiles);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    check(test).ifPresent(check -> record(test, result(check, Outcome.skipped(reason))));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult execution) {
    if (byTest.containsKey(test.getUniqueId())) {
      return;
    }
    check(test).ifPresent(check -> {
      String why = execution.getThrowable().map(Throwable::getMessage).orElse("the test ended without a result");
      Outcome outcome = execution.getStatus() == TestExecutionResult.Status.ABORTED
          ? Outcome.skipped(why) : Outcome.error(why, List.of());
      record(test, result(check, outcome));
    });
  }

  /** @return the results collected so far, target by target, in catalogue order within each */
  public List<CheckResult> results() {
    return groups().stream().flatMap(g -> g.results().stream()).toList();
  }

  /**
   * @return the results collected so far per target (first-seen order), each check once per target, with the test
   *     classes that ran checks against it
   */
  public List<TargetGroup> groups() {
    List<String> tests;
    synchronized (order) {
      tests = List.copyOf(order);
    }
    Map<String, Map<String, CheckResult>> byTarget = new LinkedHashMap<>();
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    for (String test : tests) {
      String className = classOfTest.get(test);
      String target = targetOfTest.getOrDefault(test,
          className == null ? NO_TARGET : targetOfClass.getOrDefault(className, NO_TARGET));
      CheckResult result = byTest.get(test);
      byTarget.computeIfAbsent(target, t -> new LinkedHashMap<>()).merge(result.id(), result,
          (kept, other) -> weight(other) > weight(kept) ? other : kept);
      if (className != null) {
        classes.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(className);
      }
    }
    List<TargetGroup> groups = new ArrayList<>();
    byTarget.forEach((target, results) -> groups.add(new TargetGroup(target,
        List.copyOf(classes.getOrDefault(target, Set.of())), CheckCatalog.inReportOrder(List.copyOf(results.values())))));
    return groups;
  }

  /** @return how much a result says, so that of two rows of one check and target the weightier one is kept */
  private static int weight(CheckResult r) {
    return switch (r.reportedStatus()) {
      case "FAIL" -> 4;
      case "ERROR" -> 3;
      case "WAIVED" -> 2;
      case "PASS" -> 1;
      default -> 0;
    };
  }

  private void record(TestIdentifier test, CheckResult result) {
    if (byTest.putIfAbsent(test.getUniqueId(), result) == null) {
      className(test).ifPresent(c -> classOfTest.put(test.getUniqueId(), c));
      order.add(test.getUniqueId());
    }
  }

  private static Optional<String> className(TestIdentifier test) {
    return test.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getClassName());
  }

  private static CheckResult result(CheckInfo check, Outcome outcome) {
    return new CheckResult(check.id(), check.title(), check.category(), outcome, Duration.ZERO);
  }

  private static Optional<CheckInfo> check(TestIdentifier test) {
    return test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getJavaMethod().getAnnotation(ReadinessCheck.class))
        .map(annotation -> CheckCatalog.find(annotation.value())
            .map(c -> new CheckInfo(c.id(), c.title(), c.category()))
            .orElse(new CheckInfo(annotation.value(), annotation.value(), Category.OPERATIONS)));
  }

  private record CheckInfo(String id, String title, Category category) {}
}
