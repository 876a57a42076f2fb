package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.LimitedResponses;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.Redactor;
import dev.readiness.http.TargetHttpClient;
import dev.readiness.http.TlsMockServers;
import dev.readiness.target.Target;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The burst against MockWebServer: a limiter that starts refusing mid-burst, a stall, an HTTP/2-only server. */
class BurstEngineIT {

  private MockWebServer server;
  private TargetHttpClient client;

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private HttpProbe serve(MockWebServer started, Duration timeout, Function<RecordedRequest, MockResponse> answer) {
    server = started;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    });
    client = TargetHttpClient.open(Target.builder().url(server.url("/").toString())
        .trust(TlsMockServers.LOCALHOST.certificate()).timeout(timeout).build());
    return client.probe(new ProbeLimits(1000, Duration.ofSeconds(30)), Redactor.create(), LimitedResponses.RAW);
  }

  /** Answers 200 to the first {@code allowed} requests, then 429 with Retry-After: 1 until reopened. */
  private static Function<RecordedRequest, MockResponse> limiter(int allowed, AtomicBoolean reopened) {
    AtomicInteger seen = new AtomicInteger();
    return r -> seen.incrementAndGet() <= allowed || reopened.get()
        ? new MockResponse.Builder().body("[]").build()
        : new MockResponse.Builder().code(429).addHeader("Retry-After", "1").addHeader("RateLimit-Remaining", "0")
            .build();
  }

  @Test
  void stopsAtTheFirst429CountsEverySuccessAndServesAgainAfterRetryAfter() {
    AtomicBoolean reopened = new AtomicBoolean();
    HttpProbe probe = serve(TlsMockServers.https(), Duration.ofSeconds(5), limiter(31, reopened));
    BurstEngine engine = new BurstEngine(probe);
    ProbeRequest request = ProbeRequest.get(probe.resolve("/api/rooms"));

    BurstResult result = engine.burst(request, 300);
    reopened.set(true);
    BurstResult after = engine.retryAfter(result, request);

    assertThat(result.control().status()).isEqualTo(200);
    assertThat(result.observedLimit()).as("the control and 30 burst requests were let through").isEqualTo(31);
    assertThat(result.exchanges()).as("stopped at the first 429; at most the other connections' requests follow")
        .hasSizeBetween(31, 30 + BurstEngine.CONNECTIONS);
    assertThat(result.firstLimited()).hasValueSatisfying(limited -> {
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).contains("1");
      assertThat(limited.protocol()).isEqualTo("http/1.1");
    });
    assertThat(result.isQueued()).isFalse();
    assertThat(after.afterRetry()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(200));
    assertThat(probe.evidence()).hasSize(1 + result.exchanges().size() + 1);
  }

  @Test
  void aServerThatStopsAnsweringEndsTheBurstWithAnErrorWithinTheTimeout() {
    AtomicInteger seen = new AtomicInteger();
    HttpProbe probe = serve(TlsMockServers.plain(), Duration.ofSeconds(1), r -> seen.incrementAndGet() <= 20
        ? new MockResponse.Builder().body("[]").build()
        : new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    assertThatThrownBy(() -> new BurstEngine(probe).burst(ProbeRequest.get(probe.resolve("/api/rooms")), 300))
        .isInstanceOf(ProbeException.class)
        .hasMessage("GET " + server.url("/api/rooms") + " failed: no answer within the timeout of 1000 ms (answer)");
  }

  @Test
  void aControlThatFailsSendsNoBurst() {
    HttpProbe probe = serve(TlsMockServers.plain(), Duration.ofSeconds(5),
        r -> new MockResponse.Builder().code(500).build());

    BurstResult result = new BurstEngine(probe).burst(ProbeRequest.get(probe.resolve("/api/rooms")), 300);

    assertThat(result.control().status()).isEqualTo(500);
    assertThat(result.exchanges()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anHttp2OnlyServerGetsTheBurstOverHttp2ThroughTheProbesClient() {
    HttpProbe probe = serve(TlsMockServers.http2Only(), Duration.ofSeconds(5), limiter(21, new AtomicBoolean()));

    BurstResult result = new BurstEngine(probe).burst(ProbeRequest.get(probe.resolve("/api/rooms")), 300);

    assertThat(result.control().protocol()).isEqualTo("h2");
    assertThat(result.exchanges()).extracting(HttpExchange::protocol).containsOnly("h2");
    assertThat(result.observedLimit()).isEqualTo(21);
    assertThat(result.firstLimited()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(429));
  }
}
