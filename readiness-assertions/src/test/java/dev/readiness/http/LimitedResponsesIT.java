package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe layer's one treatment of a rate limiter's refusal, for every check that does not test the limiter. */
class LimitedResponsesIT {

  private final MockWebServer server = TlsMockServers.https();
  private TargetHttpClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private Target target() {
    return Target.builder().url(server.url("/").toString()).trust(TlsMockServers.LOCALHOST.certificate())
        .timeout(Duration.ofSeconds(5)).build();
  }

  private HttpProbe probe(ProbeLimits limits, LimitedResponses mode) {
    client = TargetHttpClient.open(target());
    return client.probe(limits, Redactor.create(), mode);
  }

  private HttpProbe waitingProbe() {
    return probe(new ProbeLimits(10, Duration.ofSeconds(20)), LimitedResponses.WAIT_OUT);
  }

  private static MockResponse limited(int status, String retryAfter) {
    MockResponse.Builder response = new MockResponse.Builder().code(status)
        .addHeader("RateLimit", "\"api\";r=0;t=" + retryAfter);
    return retryAfter.isEmpty() ? response.build() : response.addHeader("Retry-After", retryAfter).build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).body("rooms").build();
  }

  @Test
  void waitsOutA429RetryAfterAndReturnsTheAnswerAfterIt() {
    server.enqueue(limited(429, "1"));
    server.enqueue(ok());
    HttpProbe probe = waitingProbe();

    HttpExchange exchange = probe.get("/api/rooms");

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(exchange.body()).isEqualTo("rooms");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(probe.requestsSent()).as("a resent request does not spend the check's budget").isEqualTo(1);
    assertThat(probe.evidence()).extracting(e -> e.title().replaceAll(" \\(\\d+ ms\\)", ""))
        .containsExactly("GET " + server.url("/api/rooms") + " -> 429", "GET " + server.url("/api/rooms") + " -> 200");
  }

  @Test
  void waitsOutA503ThatCarriesRetryAfter() {
    server.enqueue(limited(503, "1"));
    server.enqueue(ok());

    assertThat(waitingProbe().get("/api/rooms").status()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void leavesA503ThatDoesNotGoAwayToTheCheck() {
    for (int i = 0; i <= RequestGovernor.BARE_UNAVAILABLE_RETRIES + 1; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("{\"status\":\"down\"}").build());
    }

    assertThat(waitingProbe().get("/health").status()).isEqualTo(503);
    assertThat(server.getRequestCount()).as("backed off three times, as from a limiter, then the backend's answer")
        .isEqualTo(RequestGovernor.BARE_UNAVAILABLE_RETRIES + 1);
  }

  @Test
  void aRetryAfterBeyondTheWaitBudgetIsAnErrorNamingTheLimiterAndTheKey() {
    server.enqueue(limited(429, "3600"));
    HttpProbe probe = waitingProbe();

    assertThatThrownBy(() -> probe.get("/api/rooms")).isInstanceOf(WaitBudgetSpentException.class)
        .hasMessageStartingWith("not sending GET /api/rooms: the site's rate limiter (last 429 with Retry-After: "
            + "3600; RateLimit: \"api\";r=0;t=3600) asks to wait 3600.2 s")
        .hasMessageContaining("target.maxWait of 120.0 s");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void givesUpAfterTheSameLimiterRefusedEveryResend() {
    for (int i = 0; i <= RequestGovernor.MAX_RESENDS; i++) {
      server.enqueue(limited(429, "0"));
    }
    HttpProbe probe = waitingProbe();

    assertThatThrownBy(() -> probe.get("/api/rooms")).isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("a rate limiter refused /api/rooms again after 8 waits");
    assertThat(server.getRequestCount()).isEqualTo(RequestGovernor.MAX_RESENDS + 1);
  }

  @Test
  void aResentRequestDoesNotSpendTheBudget() {
    server.enqueue(limited(429, "0"));
    server.enqueue(ok());
    HttpProbe probe = probe(new ProbeLimits(1, Duration.ofSeconds(20)), LimitedResponses.WAIT_OUT);

    assertThat(probe.get("/api/rooms").status()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRawProbeReturnsEveryRefusalAsItCame() {
    server.enqueue(limited(429, "1"));
    HttpProbe probe = probe(ProbeLimits.DEFAULT, LimitedResponses.RAW);

    HttpExchange exchange = probe.get("/api/rooms");

    assertThat(exchange.status()).isEqualTo(429);
    assertThat(exchange.header("Retry-After")).contains("1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCheckThatMeetsALimiterItDoesNotTestEndsInErrorNamingIt() {
    server.enqueue(limited(429, "3600"));
    StackProfile profile = StackProfile.parse("target: {url: " + server.url("/") + "}\npaths: {health: /health}\n",
        Path.of("."), Map.of()).withTarget(target());

    CheckResult result;
    try (TargetSession session = TargetSession.open(profile)) {
      result = CheckRunner.run(CheckCatalog.require("health.endpoint"), session);
    }

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("not sending GET /health: the site's rate limiter (last 429 with "
        + "Retry-After: 3600; RateLimit: \"api\";r=0;t=3600) asks to wait").contains("raise target.maxWait");
  }
}
