package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of one check against one target: the check's id and category, the outcome and how long it took.
 * The same value feeds the fluent assertions, the JUnit kits and every report row.
 *
 * @param id the catalogue id, for example {@code hsts.present}
 * @param title the check's one-line title
 * @param category the catalogue area
 * @param outcome the verdict, message, fix, findings and evidence
 * @param duration wall time of the run
 * @param waiver the waiver applied to this result, if any; it never changes the status (see {@link Waiver})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckResult(String id, String title, Category category, Outcome outcome, Duration duration,
    Optional<AppliedWaiver> waiver) {

  /** Validates that every part is present. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(waiver, "waiver");
  }

  /** A result without a waiver. */
  public CheckResult(String id, String title, Category category, Outcome outcome, Duration duration) {
    this(id, title, category, outcome, duration, Optional.empty());
  }

  /** @return this result with the waiver recorded; status, message and evidence unchanged */
  public CheckResult withWaiver(AppliedWaiver applied) {
    return new CheckResult(id, title, category, outcome, duration, Optional.of(applied));
  }

  /** @return true when the check failed under an active waiver: reported as WAIVED, never as PASS */
  public boolean isWaived() {
    return status() == Status.FAIL && waiver.filter(w -> w.state() == WaiverState.ACTIVE).isPresent();
  }

  /** @return the status a report shows: {@code WAIVED} for a waived failure, else the status's name */
  public String reportedStatus() {
    return isWaived() ? "WAIVED" : status().name();
  }

  /** @return the verdict */
  public Status status() {
    return outcome.status();
  }

  /** @return the message a person reads */
  public String message() {
    return outcome.message();
  }

  /** @return the one-line fix, empty unless FAIL */
  public String fix() {
    return outcome.fix();
  }

  /** @return every finding */
  public List<Finding> findings() {
    return outcome.findings();
  }

  /** @return the redacted evidence */
  public List<Evidence> evidence() {
    return outcome.evidence();
  }

  /** @return a one-line summary: {@code [FAIL] hsts.present: message} ({@code [WAIVED]} when waived) */
  @Override
  public String toString() {
    return "[" + reportedStatus() + "] " + id + ": " + message();
  }
}
