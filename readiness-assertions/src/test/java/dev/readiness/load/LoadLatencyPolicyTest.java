package dev.readiness.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpHeaders;
import dev.readiness.http.LoadPlan;
import dev.readiness.http.LoadResult;
import dev.readiness.http.ProbeRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LoadLatencyPolicyTest {

  private static final ProbeRequest GET = ProbeRequest.get(URI.create("https://api.example/search"));
  private static final LoadThresholds THRESHOLDS = new LoadThresholds(Duration.ofMillis(300), 0.01);

  private static LoadPlan closed(int users) {
    return new LoadPlan(GET, users, Duration.ofSeconds(10), OptionalInt.empty());
  }

  private static LoadPlan open(int rate, int connections) {
    return new LoadPlan(GET, connections, Duration.ofSeconds(10), OptionalInt.of(rate));
  }

  private static LoadResult.Latency p95(long millis) {
    return new LoadResult.Latency(10_000, Duration.ofMillis(millis / 3), Duration.ofMillis(millis),
        Duration.ofMillis(millis * 2), Duration.ofMillis(millis * 3), Duration.ofMillis(millis));
  }

  private static LoadResult result(LoadPlan plan, long requests, long errors, long p95Millis, long sentInWindow,
      int usersStarted, boolean saturated) {
    Map<String, Long> kinds = errors == 0 ? Map.of() : Map.of("503", errors);
    return new LoadResult(plan, requests, errors, kinds, p95(p95Millis), sentInWindow, sentInWindow, 0,
        usersStarted, plan.connections(), saturated);
  }

  static Stream<Arguments> verdicts() {
    return Stream.of(
        Arguments.of("p95 under the threshold, no errors", result(closed(100), 10_000, 0, 120, 10_000, 100, true),
            List.of()),
        Arguments.of("p95 exactly at the threshold", result(closed(100), 10_000, 0, 300, 10_000, 100, true),
            List.of()),
        Arguments.of("p95 over the threshold", result(closed(100), 10_000, 0, 812, 10_000, 100, true),
            List.of(": p95 latency 812 ms exceeds the 300 ms threshold; 100 concurrent users (closed model) for 10 s")),
        Arguments.of("error rate exactly 1 %", result(closed(100), 10_000, 100, 120, 10_000, 100, true), List.of()),
        Arguments.of("error rate just over 1 %", result(closed(100), 10_000, 101, 120, 10_000, 100, true),
            List.of(": 101 of 10000 requests failed (1.01 %, above the 1.00 % allowed): 503 × 101; ")),
        Arguments.of("slow and failing", result(closed(100), 10_000, 500, 900, 10_000, 100, true),
            List.of("p95 latency 900 ms", "500 of 10000 requests failed")),
        Arguments.of("open model at exactly 99 % of the rate", result(open(100, 50), 1000, 0, 120, 990, 50, false),
            List.of()),
        Arguments.of("open model, every connection busy, 80 % sent",
            result(open(100, 50), 800, 0, 2500, 800, 50, true),
            List.of("all 50 connections were busy and only 80 of the intended 100 requests/s could be sent",
                "p95 latency 2500 ms")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void judgesP95AndErrorRate(String name, LoadResult result, List<String> expected) {
    assertThat(LoadLatencyPolicy.undecidable(result)).isEmpty();
    List<Finding> findings = LoadLatencyPolicy.evaluate(result, THRESHOLDS);

    assertThat(findings).hasSize(expected.size()).allMatch(Finding::isBlocking);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(findings.get(i).message()).startsWith("GET https://api.example/search").contains(expected.get(i));
      assertThat(findings.get(i).fix()).contains("Express", "FastAPI", "Spring", "nginx");
    }
  }

  @Test
  void openModelGeneratorBelow99PercentWithFreeConnectionsIsUndecidableNeverPass() {
    LoadResult result = result(open(1000, 200), 9_800, 0, 20, 9_800, 200, false);

    assertThat(LoadLatencyPolicy.undecidable(result)).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("the generator sent 980 requests/s, below 99.00 % of the intended 1000/s, while connections "
            + "were free").contains("docs/load.md"));
  }

  @Test
  void usersThatNeverStartedMakeTheRunUndecidable() {
    LoadResult result = result(closed(1000), 50_000, 0, 20, 50_000, 640, true);

    assertThat(LoadLatencyPolicy.undecidable(result))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("only 640 of 1000 users started"));
  }

  @Test
  void closedModelHasNoRateToFallShortOf() {
    LoadResult result = result(closed(10), 30, 0, 20, 30, 10, false);

    assertThat(LoadLatencyPolicy.undecidable(result)).isEmpty();
    assertThat(LoadLatencyPolicy.evaluate(result, THRESHOLDS)).isEmpty();
  }

  @Test
  void describesPercentilesThroughputErrorsAndConnections() {
    LoadResult result = result(closed(100), 10_000, 3, 120, 10_000, 100, true);

    assertThat(LoadLatencyPolicy.describe(result)).isEqualTo("100 concurrent users (closed model) for 10 s: p50 40 ms, "
        + "p95 120 ms, p99 240 ms (corrected for coordinated omission; uncorrected p95 120 ms), 1000 requests/s, "
        + "errors 0.03 % (3 of 10000), 100 connections open at peak");
  }

  @Test
  void controlThatFailsAloneIsAReasonNotToJudge() {
    assertThat(LoadLatencyPolicy.controlError(control(404, false)))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("control GET https://api.example/search -> 404"));
    assertThat(LoadLatencyPolicy.controlError(control(302, false))).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("control GET https://api.example/search -> 302 failed alone, before any load: the run counts "
            + "only 2xx answers as successful"));
    assertThat(LoadLatencyPolicy.controlError(control(200, true))).hasValueSatisfying(reason -> assertThat(reason)
        .contains("sent a body that did not end within the 1 MiB read bound"));
    assertThat(LoadLatencyPolicy.controlError(control(200, false))).isEmpty();
    assertThat(LoadLatencyPolicy.controlError(control(204, false))).isEmpty();
  }

  private static HttpExchange control(int status, boolean bodyTruncated) {
    return new HttpExchange(GET, status, "http/1.1", new HttpHeaders(List.of()), "", bodyTruncated, Instant.EPOCH,
        Duration.ofMillis(3));
  }
}
