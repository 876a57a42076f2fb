package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckResult(String id, String title, Category category, Outcome outcome, Duration duration) {

  /** Validates that every part is present. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
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

  /** @return a one-line summary: {@code [FAIL] hsts.present: message} */
  @Override
  public String toString() {
    return "[" + status() + "] " + id + ": " + message();
  }
}
