package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.target.Target;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpProbeIT {

  private final MockWebServer server = TlsMockServers.https();
  private TargetHttpClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private HttpProbe probe(ProbeLimits limits, Duration timeout) {
    Target target = Target.builder().url(server.url("/").toString()).trust(TlsMockServers.LOCALHOST.certificate())
        .timeout(timeout).build();
    client = TargetHttpClient.open(target);
    return client.probe(limits, Redactor.create());
  }

  private HttpProbe probe() {
    return probe(ProbeLimits.DEFAULT, Duration.ofSeconds(5));
  }

  @Test
  void readsStatusHeadersAndBodyOverHttpsWithTheTargetsTrustAnchor() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Content-Type-Options", "nosniff")
        .body("hello").build());

    HttpExchange exchange = probe().get("/");

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(exchange.header("x-content-type-options")).contains("nosniff");
    assertThat(exchange.body()).isEqualTo("hello");
    assertThat(exchange.isHttps()).isTrue();
  }

  @Test
  void refusesAServerCertificateOutsideTheTrustStore() {
    client = TargetHttpClient.open(Target.of(server.url("/").toString()));
    HttpProbe untrusted = client.probe(ProbeLimits.DEFAULT, Redactor.create());

    assertThatThrownBy(() -> untrusted.get("/")).isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("GET " + server.url("/") + " failed: TLS handshake failed:");
  }

  @Test
  void neverFollowsARedirect() {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "https://elsewhere.example/").build());

    HttpExchange exchange = probe().get("/");

    assertThat(exchange.status()).isEqualTo(301);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesToSendOffTheTargetsHosts() {
    assertThatThrownBy(() -> probe().get("https://elsewhere.example/")).isInstanceOf(ProbeException.class)
        .hasMessage("refusing to send to https://elsewhere.example/: it is not on the target's hosts ["
            + server.getHostName() + "]");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void stopsAtTheRequestBudget() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    HttpProbe probe = probe(new ProbeLimits(2, Duration.ofSeconds(10)), Duration.ofSeconds(5));
    probe.get("/");
    probe.get("/");

    assertThatThrownBy(() -> probe.get("/third")).isInstanceOf(ProbeException.class)
        .hasMessage("request budget of 2 requests is spent; not sending GET " + server.url("/third"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void readsAtMostTheBodyLimit() {
    Buffer big = new Buffer();
    big.write(new byte[HttpProbe.BODY_LIMIT + 4096]);
    server.enqueue(new MockResponse.Builder().code(200).body(big).build());

    HttpExchange exchange = probe().get("/");

    assertThat(exchange.bodyTruncated()).isTrue();
    assertThat(exchange.body()).hasSize(HttpProbe.BODY_LIMIT);
  }

  @Test
  void givesUpOnAServerThatStallsPastTheTimeout() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    HttpProbe probe = probe(ProbeLimits.DEFAULT, Duration.ofMillis(300));

    assertThatThrownBy(() -> probe.get("/")).isInstanceOf(ProbeException.class)
        .hasMessage("GET " + server.url("/") + " failed: no answer within the timeout of 300 ms");
  }

  @Test
  void givesUpOnAServerThatStallsPastTheDeadline() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).build());

    HttpProbe probe = probe(new ProbeLimits(5, Duration.ofMillis(400)), Duration.ofSeconds(5));

    assertThatThrownBy(() -> probe.get("/")).isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("GET " + server.url("/") + " failed: no answer within the check's remaining deadline");
  }

  @Test
  void keepsRedactedEvidenceOfEveryExchange() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "session=s3cr3t; Secure")
        .body("{\"access_token\":\"abc\"}").build());
    HttpProbe probe = probe();

    probe.send(ProbeRequest.builder("GET", probe.resolve("/me")).header("Authorization", "Bearer abc").build());

    assertThat(probe.evidence()).singleElement().satisfies(e -> {
      assertThat(e.title()).startsWith("GET " + server.url("/me") + " -> 200 (");
      assertThat(e.detail()).contains("> Authorization: Bearer <redacted>", "{\"access_token\":\"<redacted>\"}")
          .containsIgnoringCase("< Set-Cookie: session=<redacted>; Secure").doesNotContain("s3cr3t", "\"abc\"");
    });
  }
}
