package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.TestExchanges;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure parts of the rate-limit checks: Retry-After, bursts' verdicts and the signal rule. */
class RateLimitPoliciesTest {

  private static final String URL = "https://api.example/rooms";

  private static HttpExchange ok(long millis) {
    return TestExchanges.answered(URL, 200, Duration.ofMillis(millis));
  }

  private static BurstResult burst(List<HttpExchange> exchanges) {
    return new BurstResult("GET " + URL, 300, ok(10), exchanges, Duration.ofMillis(500), Optional.empty());
  }

  @Test
  void parsesRetryAfterAsSecondsAndAsHttpDate() {
    Instant now = Instant.parse("2015-10-21T07:27:00Z");
    assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofSeconds(60));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:26:00 GMT", now)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("-1", now)).isEmpty();
    assertThat(RetryAfter.parse("soon", now)).isEmpty();
  }

  @Test
  void countsEveryRequestTheLimiterLetThroughWhateverTheOrderOfAnswers() {
    BurstResult result = burst(List.of(ok(5), ok(5), TestExchanges.answered(URL, 429, Duration.ofMillis(2),
        "Retry-After", "1", "RateLimit", "\"api\";r=0;t=1"), ok(5)));

    assertThat(result.observedLimit()).as("control, two before the 429 and one answered after it").isEqualTo(4);
    assertThat(RateLimitPolicy.evaluate(result)).isEmpty();
    assertThat(RateLimitPolicy.describe(result)).isEqualTo("GET " + URL + " limited after 4 requests in 500 ms: "
        + "429 with Retry-After: 1; RateLimit: \"api\";r=0;t=1");
  }

  @Test
  void failsABurstNothingLimited() {
    List<Finding> findings = RateLimitPolicy.evaluate(burst(List.of(ok(5), ok(5), ok(5))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FAIL);
      assertThat(f.message()).isEqualTo("sent 4 × GET " + URL + " in 500 ms (6 requests/s): no response was 429 "
          + "or 503 and none was delayed, so nothing limits a client hammering this endpoint (no rate-limit "
          + "headers)");
    });
  }

  @Test
  void countsSustainedDelayAfterWarmUpAsQueueingButNotSlowHandshakes() {
    List<HttpExchange> slowStart = new ArrayList<>();
    for (int i = 0; i < BurstResult.WARM_UP; i++) {
      slowStart.add(ok(1200));
    }
    List<HttpExchange> queued = new ArrayList<>(slowStart);
    for (int i = 0; i < BurstResult.QUEUED_RESPONSES; i++) {
      slowStart.add(ok(5));
      queued.add(ok(900));
    }

    queued.add(TestExchanges.answered(URL, 200, Duration.ofMillis(900), "RateLimit", "\"api\";r=0;t=1"));

    assertThat(burst(slowStart).isQueued()).isFalse();
    assertThat(burst(queued).isQueued()).isTrue();
    assertThat(RateLimitPolicy.evaluate(burst(queued))).as("a queue that says it is a limiter").isEmpty();
  }

  @Test
  void aStackThatIsOnlySlowIsNotAQueueingLimiter() {
    List<HttpExchange> slow = new ArrayList<>();
    for (int i = 0; i < BurstResult.WARM_UP + BurstResult.QUEUED_RESPONSES; i++) {
      slow.add(ok(1500));
    }

    assertThat(burst(slow).isQueued()).isTrue();
    assertThat(RateLimitPolicy.evaluate(burst(slow))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(dev.readiness.check.Severity.FAIL);
      assertThat(f.message()).contains("every answer passed, the slowest after 1500 ms against 10 ms alone, but "
          + "none was refused and none carried a rate-limit header: a stack that is only slow under load is not "
          + "rate-limited");
    });
  }

  @Test
  void warnsWhenStillLimitedAfterRetryAfter() {
    HttpExchange limited = TestExchanges.answered(URL, 429, Duration.ofMillis(2), "Retry-After", "1");
    BurstResult result = new BurstResult("GET " + URL, 300, ok(10), List.of(ok(5), limited), Duration.ofMillis(50),
        Optional.of(TestExchanges.answered(URL, 429, Duration.ofMillis(2))));

    assertThat(RateLimitPolicy.evaluate(result)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("after waiting Retry-After (1) plus 1 s, GET " + URL + " -> 429: the stack "
          + "still refuses, so Retry-After misleads clients");
    });
  }

  @Test
  void signalFails503AndWarnsWithoutHeaders() {
    List<Finding> findings = RateLimitSignalPolicy.evaluate(TestExchanges.answered(URL, 503, Duration.ZERO));

    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.FAIL, Severity.WARNING);
    assertThat(findings.get(0).message()).isEqualTo("GET " + URL + " -> 503: the limiter answers 503 instead of "
        + "429 Too Many Requests, so clients and monitoring read a throttle as an outage");
    assertThat(RateLimitSignalPolicy.evaluate(TestExchanges.answered(URL, 429, Duration.ZERO,
        "X-RateLimit-Remaining", "0"))).isEmpty();
  }
}
