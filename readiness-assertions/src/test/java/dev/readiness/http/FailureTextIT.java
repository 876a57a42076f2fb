package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readiness.target.Target;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Scripted servers that fail in the ways the JDK describes in its own terms: the probe says it in the target's. */
class FailureTextIT {

  private static String failure(MockWebServer server, boolean trusted) {
    Target.Builder target = Target.builder().url(server.url("/").toString()).timeout(Duration.ofMillis(500));
    if (trusted) {
      target.trust(TlsMockServers.LOCALHOST.certificate());
    }
    try (TargetHttpClient client = TargetHttpClient.open(target.build())) {
      HttpProbe probe = client.probe(new ProbeLimits(5, Duration.ofSeconds(10)), Redactor.create());
      return catchThrowableOfType(ProbeException.class, () -> probe.get("/")).getMessage();
    }
  }

  @Test
  void aHeaderSectionOverTheClientsLimitIsSaidSo() throws Exception {
    try (MockWebServer server = TlsMockServers.plain()) {
      server.enqueue(new MockResponse.Builder().addHeader("X-Big", "a".repeat(1024 * 1024)).build());

      String message = failure(server, true);

      assertThat(message).isEqualTo("GET " + server.url("/") + " failed: the header section is larger than 256 KiB,"
          + " the most the client reads");
    }
  }

  @Test
  void anUntrustedChainIsSaidInOneSentence() throws Exception {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().build());

      String message = failure(server, false);

      assertThat(message).startsWith("GET " + server.url("/") + " failed: TLS handshake failed: the certificate chain"
          + " of " + server.getHostName() + ":" + server.getPort() + " is not trusted").contains("target.trust")
          .doesNotContain("PKIX", "sun.security", "\n");
    }
  }

  @Test
  void aStalledServerIsNoAnswerWithinTheTimeout() throws Exception {
    try (MockWebServer server = TlsMockServers.plain()) {
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

      String message = failure(server, true);

      assertThat(message).isEqualTo("GET " + server.url("/") + " failed: no answer within the timeout of 500 ms");
    }
  }

  @Test
  void aServerThatClosesMidAnswerIsSaidSo() throws Exception {
    try (MockWebServer server = TlsMockServers.plain()) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

      String message = failure(server, true);

      assertThat(message).isEqualTo("GET " + server.url("/") + " failed: the server closed the connection before"
          + " the answer was complete");
    }
  }
}
