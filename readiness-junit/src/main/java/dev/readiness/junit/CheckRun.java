package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.report.ReportJson;
import dev.readiness.check.Waiver;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One catalogue check, ready to run in the current test: injected into {@link ReadinessCheck} methods.
 *
 * <p>{@link #verify()} runs the check, applies the class's {@link Waiver} for it, publishes its result as the
 * report entry {@value #REPORT_ENTRY_KEY} (with the target under {@value #TARGET_ENTRY_KEY} and the profile under
 * {@value #PROFILE_ENTRY_KEY}, read by the readiness report), and maps the status onto JUnit: PASS returns, FAIL
 * throws an {@link AssertionFailedError}, a FAIL under an active waiver aborts the test as WAIVED, SKIPPED aborts
 * the test, ERROR throws a {@link CheckErrorException}. An ERROR, SKIPPED or waived FAIL can therefore never be
 * counted as a passed test.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckRun {

  /** The report-entry key under which each result is published, as JSON. */
  public static final String REPORT_ENTRY_KEY = "readiness.result";

  /** The report-entry key, published with each result, holding the target's base URL. */
  public static final String TARGET_ENTRY_KEY = "readiness.target";

  /**
   * The report-entry key, published with each result, holding the session's traffic so far as JSON (the report's
   * {@code traffic} object); the last one a session publishes is its total.
   */
  public static final String TRAFFIC_ENTRY_KEY = "readiness.traffic";

  /** The report-entry key, published with each result, naming the session the traffic is counted in. */
  public static final String SESSION_ENTRY_KEY = "readiness.session";

  /** The report-entry key, published with each result, holding the stack profile's file or {@code (none)}. */
  public static final String PROFILE_ENTRY_KEY = "readiness.profile";

  private final Check check;
  private final Supplier<TargetSession> session;
  private final Supplier<List<Waiver>> waivers;
  private final Consumer<Map<String, String>> reportEntries;

  CheckRun(Check check, Supplier<TargetSession> session, Supplier<List<Waiver>> waivers,
      Consumer<Map<String, String>> reportEntries) {
    this.check = check;
    this.session = session;
    this.waivers = waivers;
    this.reportEntries = reportEntries;
  }

  /** @return the check this run is for */
  public Check check() {
    return check;
  }

  /**
   * Runs the check, applies the class's waiver for it (today's date, UTC) and publishes the result, without
   * throwing for its status.
   *
   * @return the result
   * @throws ReadinessConfigurationException when no target is configured, the stack profile, a setting or a
   *     waiver is invalid
   */
  public CheckResult result() {
    TargetSession target = session.get();
    List<Waiver> declared = waivers.get();
    CheckResult run = CheckRunner.run(check, target);
    CheckResult result = declared.stream().filter(w -> w.check().equals(check.id())).findFirst()
        .map(w -> w.applyTo(run, LocalDate.now(ZoneOffset.UTC))).orElse(run);
    reportEntries.accept(Map.of(REPORT_ENTRY_KEY, ReportJson.result(result),
        TRAFFIC_ENTRY_KEY, ReportJson.traffic(target.traffic()),
        SESSION_ENTRY_KEY, Integer.toHexString(System.identityHashCode(target)),
        TARGET_ENTRY_KEY, target.target().url().toString(),
        PROFILE_ENTRY_KEY, target.profile().source().map(Object::toString).orElse("(none)")));
    return result;
  }

  /**
   * Runs the check, publishes its result and fails the test unless it passed.
   *
   * @return the passing result
   */
  public CheckResult verify() {
    CheckResult result = result();
    if (result.isWaived()) {
      Waiver waiver = result.waiver().orElseThrow().waiver();
      throw new TestAbortedException(result.id() + " WAIVED until " + waiver.until() + " (" + waiver.reason()
          + "): " + result.message());
    }
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
