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
 * The results of one readiness run against one target, as every report format shows them.
 *
 * @param target the target's base URL
 * @param profile where the stack profile came from, or {@code (none)}
 * @param startedAt when the run started
 * @param duration how long it took
 * @param results one result per check, in run order
 * @param traffic what the run sent to the target and how long it waited for rate limiters
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadinessReport(String target, String profile, Instant startedAt, Duration duration,
    List<CheckResult> results, Traffic traffic) {

  /** Copies the results and validates that every part is present. */
  public ReadinessReport {
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    results = List.copyOf(results);
  }

  /**
   * A report whose traffic was not counted ({@link Traffic#NONE}).
   *
   * @param target the target's base URL
   * @param profile where the stack profile came from, or {@code (none)}
   * @param startedAt when the run started
   * @param duration how long it took
   * @param results one result per check, in run order
   */
  public ReadinessReport(String target, String profile, Instant startedAt, Duration duration,
      List<CheckResult> results) {
    this(target, profile, startedAt, duration, results, Traffic.NONE);
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
