package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.LoadResult;
import dev.readiness.load.LoadLatencyPolicy;
import dev.readiness.load.LoadThresholds;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a finished load run, with the rules of {@code load.latency}. Every assertion first verifies the run
 * can be judged (every user started; an open model's generator sent at least 99 % of the intended requests), and
 * fails naming why when it cannot.
 *
 * <pre>{@code
 * Readiness.assertThat(profile).load()
 *     .hasP95AtMost(Duration.ofMillis(300))
 *     .hasErrorRateAtMost(0.01);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class LoadAssert extends AbstractAssert<LoadAssert, LoadResult> {

  /** @param actual the run asserted on */
  public LoadAssert(LoadResult actual) {
    super(actual, LoadAssert.class);
  }

  /**
   * Verifies the corrected 95th percentile is at most the bound. Passes for a p95 of 120 ms against 300 ms; fails
   * for 812 ms.
   *
   * @param p95 the highest acceptable 95th percentile latency
   * @return this assertion
   */
  public LoadAssert hasP95AtMost(Duration p95) {
    return holds(LoadLatencyPolicy.latency(judged(), p95));
  }

  /**
   * Verifies the share of failed requests (status 400 or above, or no answer) is at most the bound. Passes for 0.2 %
   * against {@code 0.01}; fails for 3 %.
   *
   * @param maxErrorRate the highest acceptable share, 0 to 1
   * @return this assertion
   */
  public LoadAssert hasErrorRateAtMost(double maxErrorRate) {
    return holds(LoadLatencyPolicy.errors(judged(), maxErrorRate));
  }

  /**
   * Verifies every rule of {@code load.latency} with these thresholds, the open model's keeping up included.
   *
   * @param thresholds the p95 and error-rate bounds
   * @return this assertion
   */
  public LoadAssert meets(LoadThresholds thresholds) {
    return holds(LoadLatencyPolicy.evaluate(judged(), thresholds));
  }

  private LoadResult judged() {
    isNotNull();
    LoadLatencyPolicy.undecidable(actual)
        .ifPresent(reason -> failWithMessage("%nExpecting a load run that can be judged but:%n  %s", reason));
    return actual;
  }

  private LoadAssert holds(List<Finding> findings) {
    findings.stream().filter(Finding::isBlocking).findFirst().ifPresent(finding ->
        failWithMessage("%nExpecting the stack to hold its load but:%n  %s%nFix: %s", finding.message(),
            finding.fix()));
    return this;
  }
}
