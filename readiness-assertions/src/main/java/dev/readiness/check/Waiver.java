package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A team's decision to accept one failing check for a while: the check id, why, and the last day it holds.
 *
 * <p>{@link #applyTo} never changes a status: a waived failure stays {@link Status#FAIL} and carries the waiver as
 * {@link WaiverState#ACTIVE}; from the day after {@link #until()} the failure's message says the waiver expired; a
 * PASS or SKIPPED keeps its status and records the waiver as {@link WaiverState#NOT_NEEDED}; an ERROR keeps its
 * status and records it as {@link WaiverState#NOT_APPLIED}. A waiver can therefore never turn an ERROR into a pass.
 *
 * @param check the catalogue id, for example {@code hsts.max-age}
 * @param reason why the failure is accepted, shown wherever the waiver is
 * @param until the last day the waiver holds (inclusive)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Waiver(String check, String reason, LocalDate until) {

  /** Validates that every part is present and the reason is not blank. */
  public Waiver {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("the waiver of " + check + " needs a reason");
    }
  }

  /**
   * @param result the result of the check this waiver names
   * @param today the day the run happens
   * @return the result with this waiver recorded: active, expired (message rewritten), not needed or not applied
   * @throws IllegalArgumentException when the result is for another check
   */
  public CheckResult applyTo(CheckResult result, LocalDate today) {
    if (!result.id().equals(check)) {
      throw new IllegalArgumentException("a waiver of " + check + " cannot apply to " + result.id());
    }
    if (result.status() == Status.ERROR) {
      return result.withWaiver(new AppliedWaiver(this, WaiverState.NOT_APPLIED));
    }
    if (result.status() != Status.FAIL) {
      return result.withWaiver(new AppliedWaiver(this, WaiverState.NOT_NEEDED));
    }
    if (!today.isAfter(until)) {
      return result.withWaiver(new AppliedWaiver(this, WaiverState.ACTIVE));
    }
    Outcome failed = result.outcome();
    Outcome expired = new Outcome(Status.FAIL, "the waiver expired on " + until + " (" + reason + "); "
        + failed.message(), failed.fix(), failed.findings(), failed.evidence());
    return new CheckResult(result.id(), result.title(), result.category(), expired, result.duration(),
        java.util.Optional.of(new AppliedWaiver(this, WaiverState.EXPIRED)));
  }
}
