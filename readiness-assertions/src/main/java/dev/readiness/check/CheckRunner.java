package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.ProbeException;
import dev.readiness.http.Redactor;
import dev.readiness.profile.ProfileException;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Runs a check against a session and stamps the outcome with the check's id, category and duration.
 *
 * <p>Guarantee: it always returns a result. A {@link ProbeException} becomes ERROR with the probe's message and the
 * evidence gathered so far; so does a {@link ProfileException} (a profile value the check reads late, such as a
 * password whose environment variable is unset); any other exception is a defect in the check and becomes ERROR
 * naming it. Nothing that escapes a check can turn into PASS. Every text of the outcome (message, fix, findings,
 * evidence) passes through the session's {@link Redactor}, so no secret the scan knows reaches a report, whichever
 * part of a check built it, has its control characters shown as escapes ({@link PrintableText}), and is then
 * capped to its length in {@link ReportedText}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckRunner {

  private CheckRunner() {}

  /**
   * @param check the check to run
   * @param session the target, profile and shared state
   * @return the result, never null
   */
  public static CheckResult run(Check check, TargetSession session) {
    long start = System.nanoTime();
    CheckContext context = new CheckContext(session, check);
    Outcome outcome;
    try {
      outcome = check.run(context);
    } catch (ProbeException | ProfileException e) {
      outcome = Outcome.error(e.getMessage(), context.http().evidence());
    } catch (RuntimeException e) {
      outcome = Outcome.error("the check " + check.id() + " failed unexpectedly: " + e, context.http().evidence());
    }
    if (outcome.evidence().isEmpty() && !context.http().evidence().isEmpty()) {
      outcome = new Outcome(outcome.status(), outcome.message(), outcome.fix(), outcome.findings(),
          context.http().evidence());
    }
    return new CheckResult(check.id(), check.title(), check.category(), shown(outcome, session.redactor()),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static Outcome shown(Outcome outcome, Redactor redactor) {
    List<Finding> findings = outcome.findings().stream().map(f -> new Finding(f.severity(),
        show(redactor, f.message(), ReportedText.MAX_MESSAGE), show(redactor, f.fix(), ReportedText.MAX_FIX)))
        .toList();
    List<Evidence> evidence = ReportedText.capEvidence(outcome.evidence()).stream().map(e -> new Evidence(
        show(redactor, e.title(), ReportedText.MAX_TITLE), show(redactor, e.detail(), ReportedText.MAX_DETAIL),
        e.table().stream().map(row -> row.stream().map(cell -> show(redactor, cell, ReportedText.MAX_TITLE)).toList())
            .toList()))
        .toList();
    return new Outcome(outcome.status(), show(redactor, outcome.message(), ReportedText.MAX_MESSAGE),
        show(redactor, outcome.fix(), ReportedText.MAX_FIX), findings, evidence);
  }

  /** Redacts first, then caps, so a cut never splits a secret into parts the redactor would not know. */
  private static String show(Redactor redactor, String text, int max) {
    return ReportedText.cap(PrintableText.neutralise(redactor.text(text)), max);
  }

  /** @return the results of the checks, run one after another in order */
  public static List<CheckResult> runAll(List<Check> checks, TargetSession session) {
    return checks.stream().map(check -> run(check, session)).toList();
  }
}
