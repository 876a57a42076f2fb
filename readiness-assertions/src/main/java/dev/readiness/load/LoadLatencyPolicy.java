package dev.readiness.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.LoadPlan;
import dev.readiness.http.LoadResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The {@code load.latency} rules, pure: a run is judged only when its generator did what was asked (every user
 * started; an open model sent at least {@value #MIN_RATE_SHARE} of the intended requests, unless every connection
 * was busy, which is the stack's slowness); then the corrected p95 must not exceed the threshold and the error rate
 * must not exceed the allowed share.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoadLatencyPolicy {

  /** The share of an open model's intended requests the generator must send for the run to count. */
  public static final double MIN_RATE_SHARE = 0.99;

  /** The one-line fix of a stack that is slow under load. */
  public static final String LATENCY_FIX = "Find what serialises requests under concurrency (a global lock, a small "
      + "database pool, one worker): Express: cluster or more instances; FastAPI: more uvicorn workers and an async "
      + "driver; Spring: raise server.tomcat.threads.max and the Hikari pool; nginx: upstream keepalive and more "
      + "backends";

  /** The one-line fix of a stack that fails requests under load. */
  public static final String ERROR_FIX = "Read the stack's logs for the failed requests and raise the limit they hit: "
      + "Express server.maxConnections; FastAPI uvicorn --limit-concurrency and workers; Spring "
      + "server.tomcat.max-connections and the Hikari pool; nginx worker_connections; keep rate limiters off the "
      + "load path or above its rate";

  private LoadLatencyPolicy() {}

  /**
   * @param control the request sent alone before the run
   * @return why the run cannot be judged when the control did not succeed: an answer other than 2xx (a redirect
   *     is not followed, so it measures nothing), or a body that did not end within the read bound
   */
  public static Optional<String> controlError(HttpExchange control) {
    if (!control.isSuccessful()) {
      return Optional.of("control " + control.summary() + " failed alone, before any load: the run counts only 2xx "
          + "answers as successful, so slowness under load cannot be told from a broken or redirecting endpoint; "
          + "point load.path at an endpoint that answers 2xx");
    }
    if (control.bodyTruncated()) {
      return Optional.of("control " + control.summary() + " sent a body that did not end within the 1 MiB read "
          + "bound, so the latency of a whole answer cannot be measured; point load.path at an endpoint whose answer "
          + "ends");
    }
    return Optional.empty();
  }

  /**
   * @param result a finished run
   * @return why the run cannot be judged: a user did not start, or an open model's generator fell below
   *     {@value #MIN_RATE_SHARE} of the intended rate while connections were free
   */
  public static Optional<String> undecidable(LoadResult result) {
    LoadPlan plan = result.plan();
    if (result.usersStarted() < plan.connections()) {
      return Optional.of("only " + result.usersStarted() + " of " + plan.connections() + " users started, so the "
          + "generator did not run the load asked for; lower load.concurrency or run the load in k6 or Gatling "
          + "(docs/load.md)");
    }
    if (plan.isOpen() && !result.saturated() && rateShortfall(result)) {
      return Optional.of("the generator sent " + rate(result.sentRate()) + " requests/s, below "
          + percent(MIN_RATE_SHARE) + " of the intended " + plan.rate().getAsInt() + "/s, while connections were "
          + "free: the load machine fell behind, not the stack, so the percentiles would flatter the stack; lower "
          + "load.rate or run the load in k6 or Gatling (docs/load.md); " + describe(result));
    }
    if (result.latency().samples() == 0) {
      return Optional.of("no request was sent in the measured window; " + describe(result));
    }
    return Optional.empty();
  }

  /**
   * @param result a run that is not {@link #undecidable}
   * @param thresholds the p95 and error-rate bounds
   * @return a blocking finding for an open model whose stack could not keep up, for a p95 over the threshold and for
   *     an error rate over the bound
   */
  public static List<Finding> evaluate(LoadResult result, LoadThresholds thresholds) {
    List<Finding> findings = new ArrayList<>();
    LoadPlan plan = result.plan();
    if (plan.isOpen() && result.saturated() && rateShortfall(result)) {
      findings.add(Finding.fail(plan.request() + ": all " + plan.connections() + " connections were busy and only "
          + rate(result.sentRate()) + " of the intended " + plan.rate().getAsInt() + " requests/s could be sent: "
          + "the stack answers slower than requests arrive; " + describe(result), LATENCY_FIX));
    }
    findings.addAll(latency(result, thresholds.p95()));
    findings.addAll(errors(result, thresholds.maxErrorRate()));
    return findings;
  }

  /**
   * @param result a finished run
   * @param p95 the highest acceptable 95th percentile
   * @return a blocking finding when the corrected p95 is above {@code p95}
   */
  public static List<Finding> latency(LoadResult result, Duration p95) {
    if (result.latency().p95().compareTo(p95) <= 0) {
      return List.of();
    }
    return List.of(Finding.fail(result.plan().request() + ": p95 latency " + millis(result.latency().p95())
        + " exceeds the " + millis(p95) + " threshold; " + describe(result),
        LATENCY_FIX));
  }

  /**
   * @param result a finished run
   * @param maxErrorRate the highest acceptable share of failed requests
   * @return a blocking finding when the error rate is above {@code maxErrorRate}
   */
  public static List<Finding> errors(LoadResult result, double maxErrorRate) {
    if (result.errorRate() <= maxErrorRate) {
      return List.of();
    }
    return List.of(Finding.fail(result.plan().request() + ": " + result.errors() + " of " + result.requests()
        + " requests failed (" + percent(result.errorRate()) + ", above the " + percent(maxErrorRate)
        + " allowed): " + errorKinds(result) + "; " + describe(result),
        ERROR_FIX));
  }

  /**
   * @param result a finished run
   * @return one line: the load, the corrected p50/p95/p99, throughput, error rate and peak connections
   */
  public static String describe(LoadResult result) {
    LoadResult.Latency latency = result.latency();
    return load(result.plan()) + ": p50 " + millis(latency.p50()) + ", p95 " + millis(latency.p95()) + ", p99 "
        + millis(latency.p99()) + " (corrected for coordinated omission; uncorrected p95 "
        + millis(latency.uncorrectedP95()) + "), " + rate(result.throughput()) + " requests/s, errors "
        + percent(result.errorRate()) + " (" + result.errors() + " of " + result.requests() + "), "
        + result.peakConnections() + " connections open at peak";
  }

  /** @return the errors by kind, most frequent first, for example {@code 503 × 12, SocketTimeoutException × 2} */
  static String errorKinds(LoadResult result) {
    return result.errorKinds().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .map(e -> e.getKey() + " × " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static boolean rateShortfall(LoadResult result) {
    return result.sentInWindow() < MIN_RATE_SHARE * result.plan().intendedRequests();
  }

  private static String load(LoadPlan plan) {
    String seconds = plan.duration().toMillis() % 1000 == 0
        ? plan.duration().toSeconds() + " s" : plan.duration().toMillis() + " ms";
    return plan.isOpen()
        ? plan.rate().getAsInt() + " requests/s (open model, at most " + plan.connections() + " connections) for "
            + seconds
        : plan.connections() + " concurrent users (closed model) for " + seconds;
  }

  private static String millis(Duration duration) {
    long micros = duration.toNanos() / 1000;
    return micros < 10_000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000.0) : (micros / 1000) + " ms";
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f %%", share * 100);
  }
}
