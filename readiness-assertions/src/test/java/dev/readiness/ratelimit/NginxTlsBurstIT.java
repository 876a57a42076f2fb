package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.KeepAliveEngine;
import dev.readiness.http.LimitedResponses;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.Redactor;
import dev.readiness.http.TargetHttpClient;
import dev.readiness.http.TlsMockServers;
import dev.readiness.target.Target;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The burst over TLS against Debian's nginx: HTTP/1.1 keep-alive through {@code SSLEngine} with the target's trust
 * anchor, and {@code limit_req} found the same as over plain HTTP.
 */
class NginxTlsBurstIT {

  /** @return nginx on HTTPS (HTTP/1.1 and HTTP/2 offered) with {@code /api/rooms} behind the directives */
  private static NginxServer nginx(String limitReq) {
    return NginxServer.start(1, context -> {
      Path root = context.directory().resolve("www");
      Path cert = context.directory().resolve("localhost.pem");
      Path key = context.directory().resolve("localhost.key");
      try {
        Files.createDirectories(root.resolve("api"));
        Files.writeString(root.resolve("api/rooms"), "[{\"id\":1,\"name\":\"lobby\"}]");
        Files.writeString(cert, TlsMockServers.LOCALHOST.certificatePem());
        Files.writeString(key, TlsMockServers.LOCALHOST.privateKeyPkcs8Pem());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return NginxRateLimitIT.ZONE + """
          server {
            listen 127.0.0.1:%d ssl http2;
            ssl_certificate %s;
            ssl_certificate_key %s;
            root %s;
            location /api/ {
              default_type application/json;
              add_header X-Connection $connection always;
              %s
            }
          }
          """.formatted(context.port(0), cert, key, root, limitReq);
    });
  }

  private static TargetHttpClient client(NginxServer nginx) {
    return TargetHttpClient.open(Target.builder().url("https://localhost:" + nginx.port(0) + "/")
        .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(5)).build());
  }

  private static HttpProbe probe(TargetHttpClient client) {
    return client.probe(new ProbeLimits(5000, Duration.ofMinutes(1)), Redactor.create(), LimitedResponses.RAW);
  }

  @Test
  void sendsTwoThousandRequestsOverSixteenTlsKeepAliveConnections() {
    try (NginxServer nginx = nginx(""); TargetHttpClient client = client(nginx)) {
      HttpProbe probe = probe(client);
      List<HttpExchange> exchanges = new ArrayList<>();

      new KeepAliveEngine(probe).send(ProbeRequest.get(probe.resolve("/api/rooms")), BurstEngine.CONNECTIONS, 2000,
          (index, exchange) -> exchanges.add(exchange));

      assertThat(exchanges).hasSize(2000).allSatisfy(e -> {
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.protocol()).isEqualTo("http/1.1");
        assertThat(e.body()).isEqualTo("[{\"id\":1,\"name\":\"lobby\"}]");
      });
      Set<String> connections = new HashSet<>();
      exchanges.forEach(e -> connections.add(e.header("X-Connection").orElseThrow()));
      assertThat(connections).as("nginx's connection serial numbers: every request on one of the 16 connections")
          .hasSize(BurstEngine.CONNECTIONS);
    }
  }

  @Test
  void findsLimitReqOverTlsWith429AndRetryAfter() {
    try (NginxServer nginx = nginx("""
            limit_req zone=api burst=10 nodelay; limit_req_status 429;
            add_header Retry-After $retry_after always;""");
        TargetHttpClient client = client(nginx)) {
      HttpProbe probe = probe(client);
      ProbeRequest request = ProbeRequest.get(probe.resolve("/api/rooms"));
      BurstEngine engine = new BurstEngine(probe);

      BurstResult result = engine.retryAfter(engine.burst(request, 300), request);

      assertThat(result.control().status()).isEqualTo(200);
      assertThat(result.observedLimit()).as("1 + burst 10 from a full bucket, plus what 5 r/s refilled meanwhile")
          .isBetween(11, 20);
      assertThat(result.firstLimited()).hasValueSatisfying(limited -> {
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).contains("1");
        assertThat(limited.protocol()).isEqualTo("http/1.1");
      });
      assertThat(result.exchanges().size()).as("the burst stopped long before the budget of 300").isLessThan(100);
      assertThat(result.afterRetry()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(200));
    }
  }
}
