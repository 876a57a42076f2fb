package dev.readiness.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Evidence;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.LoadEngine;
import dev.readiness.http.LoadPlan;
import dev.readiness.http.LoadResult;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Load;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The load run a profile's {@code load} section describes, shared by {@code load.latency} and the fluent
 * {@code load()} assertion: the bounds one machine keeps, a control request sent alone, then the run through
 * {@link LoadEngine}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProfileLoad {

  /** The longest run one machine does; beyond it the load belongs to k6 or Gatling (docs/load.md). */
  public static final Duration MAX_DURATION = Duration.ofMinutes(5);

  /**
   * The probe bounds of a run: the longest run plus two minutes for warm-up and the last answers, and a request
   * budget far above what 1000 connections send in that time on one machine.
   */
  public static final ProbeLimits LIMITS = new ProbeLimits(50_000_000, MAX_DURATION.plusMinutes(2));

  private ProfileLoad() {}

  /**
   * @param load the profile's load section
   * @return why one machine will not run it: more than {@link LoadPlan#MAX_CONNECTIONS} users or longer than
   *     {@link #MAX_DURATION}
   */
  public static Optional<String> outOfBounds(Load load) {
    if (load.concurrency() > LoadPlan.MAX_CONNECTIONS) {
      return Optional.of("load.concurrency is " + load.concurrency() + ", above the " + LoadPlan.MAX_CONNECTIONS
          + " users one machine runs; run the load in k6 or Gatling and judge its summary (docs/load.md)");
    }
    if (load.duration().compareTo(MAX_DURATION) > 0) {
      return Optional.of("load.duration is " + load.duration().toSeconds() + " s, above the "
          + MAX_DURATION.toMinutes() + " minutes one run lasts; run the load in k6 or Gatling and judge its summary "
          + "(docs/load.md)");
    }
    return Optional.empty();
  }

  /**
   * @param probe a probe with at least {@link #LIMITS}
   * @param load the profile's load section
   * @return the control request to the load path, sent alone
   */
  public static HttpExchange control(HttpProbe probe, Load load) {
    return probe.get(load.path());
  }

  /**
   * @param probe a probe with at least {@link #LIMITS}
   * @param load the profile's load section, within {@link #outOfBounds}
   * @return what the run measured
   */
  public static LoadResult run(HttpProbe probe, Load load) {
    LoadPlan plan = new LoadPlan(ProbeRequest.get(probe.resolve(load.path())), load.concurrency(), load.duration(),
        load.rate());
    return new LoadEngine(probe).run(plan);
  }

  /**
   * @param result a finished run
   * @return the run's figures as evidence: the one-line summary and every count
   */
  public static Evidence evidence(LoadResult result) {
    LoadPlan plan = result.plan();
    StringBuilder detail = new StringBuilder()
        .append("model: ").append(plan.isOpen() ? "open, " + plan.rate().getAsInt() + " requests/s intended"
            : "closed, " + plan.connections() + " users").append('\n')
        .append("connections: at most ").append(plan.connections()).append(", ").append(result.peakConnections())
        .append(" open at peak, every one busy at once: ").append(result.saturated()).append('\n')
        .append("users started: ").append(result.usersStarted()).append('\n')
        .append("window: ").append(plan.duration().toMillis()).append(" ms; sent in it: ")
        .append(result.sentInWindow()).append(", answered in it: ").append(result.answeredInWindow()).append('\n')
        .append("requests (warm-up included): ").append(result.requests()).append(", errors: ")
        .append(result.errors()).append('\n');
    if (plan.isOpen()) {
      detail.append("intended: ").append(plan.intendedRequests()).append(", never sent: ").append(result.missed())
          .append('\n');
    }
    LoadResult.Latency latency = result.latency();
    detail.append("latency samples: ").append(latency.samples()).append("; p50 ").append(latency.p50().toNanos() / 1000)
        .append(" µs, p95 ").append(latency.p95().toNanos() / 1000).append(" µs, p99 ")
        .append(latency.p99().toNanos() / 1000).append(" µs, max ").append(latency.max().toNanos() / 1000)
        .append(" µs; uncorrected p95 ").append(latency.uncorrectedP95().toNanos() / 1000).append(" µs");
    if (!result.errorKinds().isEmpty()) {
      detail.append('\n').append("errors by kind: ").append(LoadLatencyPolicy.errorKinds(result));
    }
    return new Evidence("load " + LoadLatencyPolicy.describe(result), detail.toString());
  }
}
