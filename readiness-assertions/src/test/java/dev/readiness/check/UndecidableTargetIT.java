package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** A stack that is down or never answers yields ERROR for every check that probes it, and never PASS. */
class UndecidableTargetIT {

  private static final List<String> FIRST_CHECKS = List.of("https.redirect", "hsts.present", "hsts.max-age",
      "headers.content-type-options", "health.endpoint");

  private static final String PROFILE = """
      target:
        url: %s
        httpUrl: %s
        timeout: 300ms
      paths:
        health: /health
      """;

  @Test
  void everyCheckIsErrorAgainstAClosedPort() throws IOException {
    int port = freePort();
    StackProfile profile = StackProfile.parse(PROFILE.formatted("https://127.0.0.1:" + port + "/",
        "http://127.0.0.1:" + port + "/"), java.nio.file.Path.of("."), java.util.Map.of());

    List<CheckResult> results = runAll(profile);

    assertThat(results).noneMatch(r -> r.status() == Status.PASS);
    assertThat(results).filteredOn(r -> FIRST_CHECKS.contains(r.id())).hasSize(5).allSatisfy(r -> {
      assertThat(r.status()).as(r.id()).isEqualTo(Status.ERROR);
      assertThat(r.message()).as(r.id()).contains("failed: connection refused");
    });
  }

  @Test
  void everyCheckIsErrorAgainstAServerThatStalls() {
    try (MockWebServer https = TlsMockServers.https(); MockWebServer plain = TlsMockServers.plain()) {
      for (int i = 0; i < 10; i++) {
        https.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        plain.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
      }
      Target target = Target.builder().url(https.url("/").toString()).httpUrl(plain.url("/").toString())
          .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofMillis(300)).build();
      StackProfile profile = StackProfile.parse(PROFILE.formatted(target.url(), target.httpUrl().orElseThrow()),
          java.nio.file.Path.of("."), java.util.Map.of()).withTarget(target);

      List<CheckResult> results = runAll(profile);

      // The server completes TLS handshakes and stalls only HTTP, so the tls.* checks, which judge the handshake, decide.
      assertThat(results).filteredOn(r -> !r.id().startsWith("tls.")).noneMatch(r -> r.status() == Status.PASS);
      assertThat(results).filteredOn(r -> FIRST_CHECKS.contains(r.id())).hasSize(5).allSatisfy(r -> {
        assertThat(r.status()).as(r.id()).isEqualTo(Status.ERROR);
        assertThat(r.message()).as(r.id()).containsAnyOf("failed: no answer within the timeout of 300 ms",
            "target unresponsive since ");
      });
    }
  }

  private static List<CheckResult> runAll(StackProfile profile) {
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(CheckCatalog.all(), session);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
