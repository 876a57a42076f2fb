package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.http.Traffic;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The results of one readiness run, as every report format shows them, grouped by target: one
 * {@link TargetGroup} per target, each check at most once per target. Counts, verdict and score are over
 * {@link #results()}, every group's results, so a check run against two targets counts twice and one run by two
 * test classes against the same target counts once.
 *
 * @param target the target's base URL (the targets, comma-separated, when the run covered several)
 * @param profile where the stack profile came from, or {@code (none)}
 * @param startedAt when the run started
 * @param duration how long it took
 * @param results every group's results, group by group
 * @param groups the results per target, in first-seen order
 * @param traffic what the run sent to its targets and how long it waited for rate limiters
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadinessReport(String target, String profile, Instant startedAt, Duration duration,
    List<CheckResult> results, List<TargetGroup> groups, Traffic traffic) {

  /**
   * Copies the lists and validates that every part is present.
   *
   * @throws IllegalArgumentException when the results are not the groups' results, group by group
   */
  public ReadinessReport {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(traffic, "traffic");
    results = List.copyOf(results);
    groups = List.copyOf(groups);
    if (!results.equals(groups.stream().flatMap(g -> g.results().stream()).toList())) {
      throw new IllegalArgumentException("the results of a report are its groups' results, group by group");
    }
  }

  /**
   * A report of one target whose traffic was counted: one group holding every result.
   *
   * @param results one result per check, in run order
   * @param traffic what the run sent to the target and how long it waited for rate limiters
   */
  public ReadinessReport(String target, String profile, Instant startedAt, Duration duration,
      List<CheckResult> results, Traffic traffic) {
    this(target, profile, startedAt, duration, results, List.of(new TargetGroup(target, List.of(), results)),
        traffic);
  }

  /**
   * A report of one target whose traffic was not counted ({@link Traffic#NONE}): one group holding every result.
   *
   * @param results one result per check, in run order
   */
  public ReadinessReport(String target, String profile, Instant startedAt, Duration duration,
      List<CheckResult> results) {
    this(target, profile, startedAt, duration, results, Traffic.NONE);
  }

  /** @return a report of several targets whose traffic was not counted, see {@link #grouped(String, String, Instant, Duration, List, Traffic)} */
  public static ReadinessReport grouped(String target, String profile, Instant startedAt, Duration duration,
      List<TargetGroup> groups) {
    return grouped(target, profile, startedAt, duration, groups, Traffic.NONE);
  }

  /** @return a report of several targets; its results are the groups' results, group by group */
  public static ReadinessReport grouped(String target, String profile, Instant startedAt, Duration duration,
      List<TargetGroup> groups, Traffic traffic) {
    return new ReadinessReport(target, profile, startedAt, duration,
        groups.stream().flatMap(g -> g.results().stream()).toList(), groups, traffic);
  }

  /** @return whether the run covered more than one target, so reports name the target of each result */
  public boolean hasSeveralTargets() {
    return groups.size() > 1;
  }

  /** @return how many results ended in each status; every status is a key */
  public Map<Status, Long> countByStatus() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, results.stream().filter(r -> r.status() == s).count());
    }
    return counts;
  }

  /** @return the results of one category, in run order */
  public List<CheckResult> inCategory(Category category) {
    return results.stream().filter(r -> r.category() == category).toList();
  }

  /** @return true when any result is FAIL without an active waiver */
  public boolean hasFailures() {
    return results.stream().anyMatch(r -> r.status() == Status.FAIL && !r.isWaived());
  }

  /** @return the results that carry a waiver (active, expired or not needed), in run order */
  public List<CheckResult> waivers() {
    return results.stream().filter(r -> r.waiver().isPresent()).toList();
  }

  /** @return how many results are failures under an active waiver (they are also counted as FAIL) */
  public long waivedCount() {
    return results.stream().filter(CheckResult::isWaived).count();
  }

  /** @return one row per category that has results, in catalogue order */
  public List<CategorySummary> categories() {
    return Arrays.stream(Category.values())
        .map(c -> CategorySummary.of(c, inCategory(c)))
        .filter(s -> s.total() > 0)
        .toList();
  }

  /**
   * The readiness score: passed checks as a whole percentage of the applicable ones (all but SKIPPED). Failures,
   * waived failures and errors count against it; 0 when no check applied.
   *
   * @return 0 to 100
   */
  public int score() {
    long applicable = results.stream().filter(r -> r.status() != Status.SKIPPED).count();
    long passed = results.stream().filter(r -> r.status() == Status.PASS).count();
    return applicable == 0 ? 0 : (int) (passed * 100 / applicable);
  }

  /** @return true when any result is ERROR */
  public boolean hasErrors() {
    return results.stream().anyMatch(r -> r.status() == Status.ERROR);
  }
}
