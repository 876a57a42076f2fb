package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckResult;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The results of one target within a report: each check at most once, whichever test classes ran it.
 *
 * @param target the target's base URL, or {@code (none)} when the checks never learnt one
 * @param testClasses the test classes whose checks ran against it, in first-seen order; empty outside JUnit
 * @param results one result per check, in catalogue order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TargetGroup(String target, List<String> testClasses, List<CheckResult> results) {

  /** Copies the lists and validates that every part is present. */
  public TargetGroup {
    Objects.requireNonNull(target, "target");
    testClasses = List.copyOf(testClasses);
    results = List.copyOf(results);
  }
}
