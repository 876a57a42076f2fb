package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one run of a check decided, before it is stamped with the check's id and duration.
 *
 * <p>The status follows from the findings for {@link #of}: any blocking finding makes it {@link Status#FAIL},
 * and then the message and fix are those of the first blocking finding. {@link #skipped} and {@link #error}
 * carry their reason in the message.
 *
 * @param status the verdict
 * @param message a sentence a person reads: the first failure, the reason for skipping or erroring, or what passed
 * @param fix one line that fixes a failure; empty otherwise
 * @param findings every finding, blocking and warnings
 * @param evidence what the probes saw, redacted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Outcome(Status status, String message, String fix, List<Finding> findings, List<Evidence> evidence) {

  /** Copies the lists and validates that every part is present. */
  public Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    findings = List.copyOf(findings);
    evidence = List.copyOf(evidence);
  }

  /**
   * The verdict of a policy: FAIL when any finding is blocking, else PASS (warnings are kept).
   *
   * @param passMessage what held, used when nothing blocks
   * @param findings the policy's findings
   * @param evidence what was observed
   * @return the outcome
   */
  public static Outcome of(String passMessage, List<Finding> findings, List<Evidence> evidence) {
    Finding first = null;
    int blocking = 0;
    for (Finding finding : findings) {
      if (finding.isBlocking()) {
        first = first == null ? finding : first;
        blocking++;
      }
    }
    if (first == null) {
      return new Outcome(Status.PASS, passMessage, "", findings, evidence);
    }
    String message = blocking == 1 ? first.message() : first.message() + " (and " + (blocking - 1) + " more)";
    return new Outcome(Status.FAIL, message, first.fix(), findings, evidence);
  }

  /** @return a pass with its evidence */
  public static Outcome pass(String message, List<Evidence> evidence) {
    return new Outcome(Status.PASS, message, "", List.of(), evidence);
  }

  /** @return a skip: the check does not apply, for the reason given */
  public static Outcome skipped(String reason) {
    return new Outcome(Status.SKIPPED, reason, "", List.of(), List.of());
  }

  /** @return an error: the check could not decide, for the reason given */
  public static Outcome error(String reason, List<Evidence> evidence) {
    return new Outcome(Status.ERROR, reason, "", List.of(), evidence);
  }

  /** @return the warnings among the findings */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isBlocking()).toList();
  }
}
