package dev.readiness.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of "Status by category", counted from the results themselves: nothing is claimed that a check did not
 * show. A waived failure counts as {@code waived}, not as {@code failed} and never as {@code passed}.
 *
 * @param category the area
 * @param passed checks that passed
 * @param failed checks that failed without an active waiver
 * @param waived checks that failed under an active waiver
 * @param errors checks that could not decide
 * @param skipped checks that did not apply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CategorySummary(Category category, int passed, int failed, int waived, int errors, int skipped) {

  /** Validates that the category is present. */
  public CategorySummary {
    Objects.requireNonNull(category, "category");
  }

  /**
   * @param category the area
   * @param results the results of that area
   * @return the counts
   */
  public static CategorySummary of(Category category, List<CheckResult> results) {
    int waived = (int) results.stream().filter(CheckResult::isWaived).count();
    return new CategorySummary(category, count(results, Status.PASS), count(results, Status.FAIL) - waived, waived,
        count(results, Status.ERROR), count(results, Status.SKIPPED));
  }

  /** @return every check of the area */
  public int total() {
    return passed + failed + waived + errors + skipped;
  }

  /** @return the checks that decided or should have: every check but the skipped ones */
  public int applicable() {
    return total() - skipped;
  }

  private static int count(List<CheckResult> results, Status status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }
}
