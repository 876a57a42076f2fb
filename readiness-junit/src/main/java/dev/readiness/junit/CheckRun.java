package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.report.ReportJson;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One catalogue check, ready to run in the current test: injected into {@link ReadinessCheck} methods.
 *
 * <p>{@link #verify()} runs the check, publishes its result as the report entry
 * {@value #REPORT_ENTRY_KEY} (read by the readiness report), and maps the status onto JUnit: PASS returns, FAIL
 * throws an {@link AssertionFailedError}, SKIPPED aborts the test, ERROR throws a {@link CheckErrorException}. An
 * ERROR or SKIPPED can therefore never be counted as a passed test.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckRun {

  /** The report-entry key under which each result is published, as JSON. */
  public static final String REPORT_ENTRY_KEY = "readiness.result";

  private final Check check;
  private final Supplier<TargetSession> session;
  private final BiConsumer<String, String> reportEntries;

  CheckRun(Check check, Supplier<TargetSession> session, BiConsumer<String, String> reportEntries) {
    this.check = check;
    this.session = session;
    this.reportEntries = reportEntries;
  }

  /** @return the check this run is for */
  public Check check() {
    return check;
  }

  /**
   * Runs the check and publishes its result, without throwing for its status.
   *
   * @return the result
   * @throws ReadinessConfigurationException when no target is configured or the stack profile is invalid
   */
  public CheckResult result() {
    CheckResult result = CheckRunner.run(check, session.get());
    reportEntries.accept(REPORT_ENTRY_KEY, ReportJson.result(result));
    return result;
  }

  /**
   * Runs the check, publishes its result and fails the test unless it passed.
   *
   * @return the passing result
   */
  public CheckResult verify() {
    CheckResult result = result();
    switch (result.status()) {
      case PASS -> {
        return result;
      }
      case FAIL -> throw new AssertionFailedError(result.id() + " FAILED: " + result.message()
          + (result.fix().isEmpty() ? "" : "\nFix: " + result.fix()));
      case SKIPPED -> throw new TestAbortedException(result.id() + " SKIPPED: " + result.message());
      default -> throw new CheckErrorException(result);
    }
  }
}
