package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.target.Target;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The load engine against Debian's nginx: 1000 users of a closed model hold 1000 connections open at once. */
class LoadEngineIT {

  private static final Pattern ACTIVE = Pattern.compile("Active connections: (\\d+)");

  @Test
  void thousandUsersHoldAThousandConnectionsOpenAtOnce() throws Exception {
    try (NginxServer nginx = NginxServer.start(2, context -> """
        server { listen 127.0.0.1:%d backlog=4096; keepalive_requests 1000000; location / { return 200 "ok"; } }
        server { listen 127.0.0.1:%d; location = /status { stub_status; } }
        """.formatted(context.port(0), context.port(1)))) {
      URI status = URI.create("http://127.0.0.1:" + nginx.port(1) + "/status");
      AtomicInteger peakAtNginx = new AtomicInteger();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peakAtNginx.accumulateAndGet(activeConnections(status), Math::max);
        }
      });
      Target target = Target.of("http://127.0.0.1:" + nginx.port(0));
      try (TargetHttpClient client = TargetHttpClient.open(target)) {
        HttpProbe probe = client.probe(new ProbeLimits(10_000_000, Duration.ofMinutes(2)), Redactor.create());
        LoadPlan plan = new LoadPlan(ProbeRequest.get(target.resolve("/")), 1000, Duration.ofSeconds(5),
            OptionalInt.empty());
        sampler.start();
        LoadResult result = new LoadEngine(probe).run(plan);
        sampler.interrupt();
        sampler.join();

        assertThat(result.usersStarted()).isEqualTo(1000);
        assertThat(result.peakConnections()).isEqualTo(1000);
        assertThat(peakAtNginx.get()).as("nginx's active connections, its status request included")
            .isGreaterThanOrEqualTo(1001);
        assertThat(result.errors()).as(result.errorKinds().toString()).isZero();
        assertThat(result.requests()).isGreaterThan(1000);
        assertThat(result.latency().samples()).isPositive();
      }
    }
  }

  private static int activeConnections(URI status) {
    try {
      HttpURLConnection connection = (HttpURLConnection) status.toURL().openConnection();
      connection.setConnectTimeout(2000);
      connection.setReadTimeout(2000);
      try (InputStream body = connection.getInputStream()) {
        Matcher active = ACTIVE.matcher(new String(body.readAllBytes(), StandardCharsets.US_ASCII));
        Thread.sleep(50);
        return active.find() ? Integer.parseInt(active.group(1)) : 0;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
