package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one load run measured. Latency percentiles come from an HDR histogram corrected for coordinated omission
 * (see {@link LoadEngine}); counts are exact.
 *
 * @param plan what was run
 * @param requests every request sent, the warm-up included (the error rate's denominator)
 * @param errors requests not answered with a 2xx whose body ended within the read bound: another status (a
 *     redirect too), a body that went on, or no answer at all
 * @param errorKinds errors by kind: a status such as {@code 503} or {@code 302}, {@code body not ended within 1 MiB},
 *     or a failure such as {@code SocketTimeoutException}
 * @param latency the corrected percentiles of the measured window
 * @param sentInWindow requests sent within the measured window (an open model's achieved rate is this over the
 *     window)
 * @param answeredInWindow requests answered within the measured window (the throughput)
 * @param missed open model: requests due in the window that were never sent before the deadline
 * @param usersStarted users (connections) that sent at least one request
 * @param peakConnections the most connections the run's pool held open at once
 * @param saturated true when every allowed connection had a request in flight at the same moment
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadResult(LoadPlan plan, long requests, long errors, Map<String, Long> errorKinds, Latency latency,
    long sentInWindow, long answeredInWindow, long missed, int usersStarted, int peakConnections, boolean saturated) {

  /** Copies the map and validates that every part is present. */
  public LoadResult {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(latency, "latency");
    errorKinds = Map.copyOf(errorKinds);
  }

  /** @return errors over requests, 0 to 1; 0 when nothing was sent */
  public double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }

  /** @return requests answered per second of the measured window */
  public double throughput() {
    return answeredInWindow * 1e9 / plan.duration().toNanos();
  }

  /** @return requests sent per second of the measured window */
  public double sentRate() {
    return sentInWindow * 1e9 / plan.duration().toNanos();
  }

  /**
   * Latency of the measured window.
   *
   * @param samples how many latencies were recorded, before the correction's synthetic samples
   * @param p50 the median, corrected
   * @param p95 the 95th percentile, corrected
   * @param p99 the 99th percentile, corrected
   * @param max the largest latency
   * @param uncorrectedP95 the 95th percentile of the raw samples, for comparison
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Latency(long samples, Duration p50, Duration p95, Duration p99, Duration max,
      Duration uncorrectedP95) {

    /** Validates that every part is present. */
    public Latency {
      Objects.requireNonNull(p50, "p50");
      Objects.requireNonNull(p95, "p95");
      Objects.requireNonNull(p99, "p99");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(uncorrectedP95, "uncorrectedP95");
    }
  }
}
