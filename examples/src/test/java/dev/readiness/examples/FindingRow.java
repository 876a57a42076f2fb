package dev.readiness.examples;

import dev.readiness.check.Status;
import dev.readiness.demo.Misconfiguration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a readiness report's mapping table: a finding as the report words it, the demo stack's faults that
 * reproduce it, and the checks that verify it with the status each gets when the stack is as the report found it.
 * The hardened mode switches no fault on and reads the fixed repository fixture, so every check a row names passes
 * there.
 *
 * @param finding the finding, quoted from the report
 * @param faults the demo faults the as-found mode switches on for it; empty when the repository fixture carries the
 *     finding, or when the report counts the property as a strength
 * @param asFound each check that verifies the finding, with its as-found status: FAIL; SKIPPED when the finding is
 *     that the thing is missing altogether, so there is nothing to judge; PASS when the report counts it a strength
 */
public record FindingRow(String finding, Set<Misconfiguration> faults,
    Map<String, Status> asFound) {

  /** Copies the collections and rejects an empty check map or an ERROR expectation. */
  public FindingRow {
    Objects.requireNonNull(finding, "finding");
    faults = Set.copyOf(faults);
    asFound = Map.copyOf(asFound);
    if (asFound.isEmpty() || asFound.containsValue(Status.ERROR)) {
      throw new IllegalArgumentException("'" + finding + "' must name its checks, none expected to ERROR");
    }
  }

  /**
   * @param finding the finding, quoted from the report
   * @param faults the demo faults that reproduce it
   * @param asFound its checks with their as-found statuses
   * @return a row asserted on this build
   */
  public static FindingRow verified(String finding, Set<Misconfiguration> faults, Map<String, Status> asFound) {
    return new FindingRow(finding, faults, asFound);
  }

}
