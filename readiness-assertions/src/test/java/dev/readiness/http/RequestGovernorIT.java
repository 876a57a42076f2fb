package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.target.Target;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's request governor against scripted limiters: it learns each one from its answer and paces the
 * session's later requests, so that a check that does not test the limiter meets only answers that passed it.
 */
class RequestGovernorIT {

  private final MockWebServer server = TlsMockServers.https();
  private TargetHttpClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private TargetHttpClient client(Target.Builder target) {
    Target built = target.url(server.url("/").toString()).trust(TlsMockServers.LOCALHOST.certificate()).build();
    client = TargetHttpClient.open(built, RequestGovernor.of(built, Duration.ofMinutes(5)));
    return client;
  }

  private TargetHttpClient client() {
    return client(Target.builder().timeout(Duration.ofSeconds(5)));
  }

  private static HttpProbe paced(TargetHttpClient client) {
    return client.probe(new ProbeLimits(10, Duration.ofSeconds(20)), Redactor.create(), LimitedResponses.WAIT_OUT);
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).body("ok").build();
  }

  @Test
  void aRetryAfterRefusalIsWaitedOutAndPacesTheNextCheck() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    server.enqueue(ok());
    server.enqueue(ok());
    TargetHttpClient client = client();

    assertThat(paced(client).get("/api/rooms").status()).isEqualTo(200);
    assertThat(paced(client).get("/").status()).as("another check's probe, same session").isEqualTo(200);

    Traffic traffic = client.governor().traffic();
    assertThat(traffic.requests()).isEqualTo(3);
    assertThat(traffic.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(traffic.limiters()).singleElement().satisfies(limiter -> {
      assertThat(limiter.scope()).isEqualTo("site");
      assertThat(limiter.refusals()).isEqualTo(1);
      assertThat(limiter.lastSignal()).isEqualTo("429 with Retry-After: 1");
    });
  }

  @Test
  void aSpentDraft8QuotaHoldsTheNextRequestUntilItsResetWithoutARefusal() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("RateLimit", "\"api\";r=0;t=1")
        .addHeader("RateLimit-Policy", "\"api\";q=2;w=1").build());
    server.enqueue(ok());
    TargetHttpClient client = client();
    HttpProbe probe = paced(client);

    probe.get("/");
    assertThat(probe.get("/").status()).isEqualTo(200);

    assertThat(server.getRequestCount()).as("the limiter never had to refuse").isEqualTo(2);
    assertThat(client.governor().traffic().waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(client.governor().traffic().limiters()).singleElement()
        .satisfies(limiter -> assertThat(limiter.refusals()).isZero());
  }

  @Test
  void aBare429IsBackedOffWithJitterAndThenSentAtALearnedRate() {
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(ok());
    server.enqueue(ok());
    TargetHttpClient client = client();
    HttpProbe probe = paced(client);

    assertThat(probe.get("/").status()).isEqualTo(200);
    assertThat(probe.get("/").status()).isEqualTo(200);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(client.governor().traffic().waited())
        .as("the first back-off, 1 s less a quarter of jitter, and the learned interval")
        .isGreaterThanOrEqualTo(Duration.ofMillis(750));
    assertThat(probe.evidence()).extracting(Evidence -> Evidence.title().replaceAll(" \\(\\d+ ms\\)", ""))
        .containsExactly("GET " + server.url("/") + " -> 429", "GET " + server.url("/") + " -> 200",
            "GET " + server.url("/") + " -> 200");
  }

  @Test
  void a503LimiterWithoutHeadersIsPacedTheSameWay() {
    server.enqueue(new MockResponse.Builder().code(503).body("<html>503 Service Temporarily Unavailable").build());
    server.enqueue(ok());

    assertThat(paced(client()).get("/").status()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aWaitPastTheBudgetIsNotWaitedAndNamesTheLimiterTheKeyAndTheTimeWaited() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build());
    TargetHttpClient client = client(Target.builder().maxWait(Duration.ofSeconds(10)));
    HttpProbe probe = paced(client);

    assertThatThrownBy(() -> probe.get("/api/rooms")).isInstanceOf(WaitBudgetSpentException.class)
        .hasMessage("not sending GET /api/rooms: the site's rate limiter (last 429 with Retry-After: 60) asks to "
            + "wait 60.2 s, and the scan already waited 0.0 s of its wait budget target.maxWait of 10.0 s for rate "
            + "limiters; raise target.maxWait (or the limit for the test client's address)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRawProbeSeesTheRefusalAndTheGovernorStillLearnsFromIt() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    server.enqueue(ok());
    TargetHttpClient client = client();
    HttpProbe raw = client.probe(ProbeLimits.DEFAULT, Redactor.create(), LimitedResponses.RAW);

    assertThat(raw.get("/api/rooms").status()).isEqualTo(429);
    assertThat(paced(client).get("/").status()).isEqualTo(200);

    assertThat(client.governor().traffic().waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theLoginsLimiterHoldsOnlyTheLogin() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/login")
            ? new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build() : ok();
      }
    });
    TargetHttpClient client = client();
    client.governor().separateScope("/login");
    HttpProbe raw = client.probe(ProbeLimits.DEFAULT, Redactor.create(), LimitedResponses.RAW);

    assertThat(raw.send(ProbeRequest.builder("POST", raw.resolve("/login")).body("{}", "application/json")
        .build()).status()).isEqualTo(429);
    assertThat(paced(client).get("/health").status()).isEqualTo(200);

    assertThat(client.governor().traffic().waited()).isZero();
    assertThat(client.governor().traffic().limiters()).extracting(Traffic.Limiter::scope).containsExactly("/login");
  }

  @Test
  void eachExchangeAsAWholeIsBoundByTheTimeoutAndASilentTargetIsNotProbedAfterThreeInARow() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(64))
          .throttleBody(1, 1, TimeUnit.SECONDS).build());
    }
    TargetHttpClient client = client(Target.builder().timeout(Duration.ofSeconds(1)));
    HttpProbe probe = client.probe(new ProbeLimits(10, Duration.ofSeconds(60)), Redactor.create(),
        LimitedResponses.WAIT_OUT);

    for (int i = 0; i < RequestGovernor.UNRESPONSIVE_AFTER; i++) {
      assertThatThrownBy(() -> probe.get("/")).isInstanceOf(ProbeException.class)
          .hasMessageContaining("failed: no answer within the timeout of 1000 ms");
    }
    assertThatThrownBy(() -> paced(client).get("/health")).isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("target unresponsive since ")
        .hasMessageContaining(": the last 3 exchanges with https://localhost:" + server.getPort()
            + " got no answer in time (last: GET " + server.url("/") + " failed: no answer")
        .hasMessageEndingWith("; not sending GET /health");
    assertThat(server.getRequestCount()).isEqualTo(RequestGovernor.UNRESPONSIVE_AFTER);
  }

  @Test
  void thePolitenessCapSpacesPacedRequests() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok());
    }
    TargetHttpClient client = client(Target.builder().maxRequestsPerSecond(2));
    HttpProbe probe = paced(client);

    for (int i = 0; i < 3; i++) {
      probe.get("/");
    }

    assertThat(client.governor().traffic().waited()).as("two gaps of 500 ms, less the requests' own time")
        .isGreaterThanOrEqualTo(Duration.ofMillis(500));
  }
}
