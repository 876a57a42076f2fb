package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.http.Traffic;
import dev.readiness.profile.StackProfile;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The key acceptance test of the request governor: Debian's nginx in front of the hardened demo stack, with a
 * site-wide {@code limit_req} of 5 requests a second, a burst of 10, {@code nodelay}, 429 without {@code Retry-After},
 * and HTTP/2 on, as a hardened production proxy would be. The whole standard kit, in the kit's order, ends with no
 * ERROR: no check meets a limiter it does not test.
 */
class NginxSiteLimiterIT {

  /** The checks that spend login attempts and quotas, in the order the kit runs them, after every other check. */
  private static final List<String> LAST = List.of("load.latency", "auth.default-credentials", "ratelimit.login",
      "ratelimit.api", "ratelimit.signal");

  private static final HeldCertificate CA = new HeldCertificate.Builder().certificateAuthority(0)
      .commonName("Readiness nginx test CA").rsa2048()
      .validityInterval(Instant.now().minus(Duration.ofDays(1)).toEpochMilli(),
          Instant.now().plus(Duration.ofDays(90)).toEpochMilli())
      .build();
  private static final HeldCertificate LEAF = new HeldCertificate.Builder().signedBy(CA).commonName("localhost")
      .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").rsa2048()
      .validityInterval(Instant.now().minus(Duration.ofDays(1)).toEpochMilli(),
          Instant.now().plus(Duration.ofDays(90)).toEpochMilli())
      .build();

  private static NginxServer nginx(DemoStack demo) {
    return NginxServer.start(2, context -> {
      Path cert = context.directory().resolve("localhost.pem");
      Path key = context.directory().resolve("localhost.key");
      try {
        Files.writeString(cert, LEAF.certificatePem() + CA.certificatePem());
        Files.writeString(key, LEAF.privateKeyPkcs8Pem());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return """
          limit_req_zone $binary_remote_addr zone=site:1m rate=5r/s;
          map $http_upgrade $connection_upgrade { default upgrade; '' close; }
          server_tokens off;
          server {
            listen 127.0.0.1:%1$d ssl http2;
            ssl_certificate %3$s;
            ssl_certificate_key %4$s;
            ssl_protocols TLSv1.2 TLSv1.3;
            ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
            ssl_prefer_server_ciphers off;
            client_max_body_size 20m;
            location / {
              limit_req zone=site burst=10 nodelay;
              limit_req_status 429;
              proxy_pass https://127.0.0.1:%5$d;
              proxy_ssl_server_name on;
              proxy_ssl_name localhost;
              proxy_http_version 1.1;
              proxy_set_header Host $http_host;
              proxy_set_header Upgrade $http_upgrade;
              proxy_set_header Connection $connection_upgrade;
            }
          }
          server {
            listen 127.0.0.1:%2$d;
            location / { return 301 https://localhost:%1$d$request_uri; }
          }
          """.formatted(context.port(0), context.port(1), cert, key, demo.httpsUrl().getPort());
    });
  }

  /** @return the demo's own profile, pointed at nginx and its CA, without the load (a load is no guest here) */
  private static StackProfile profile(DemoStack demo, NginxServer nginx) throws IOException {
    Path directory = Files.createTempDirectory("readiness-nginx-site");
    Path file = demo.writeProfile(directory);
    String yaml = Files.readString(file)
        .replace("url: " + strip(demo.httpsUrl().toString()), "url: https://localhost:" + nginx.port(0))
        .replace("httpUrl: " + strip(demo.httpUrl().toString()), "httpUrl: http://localhost:" + nginx.port(1));
    yaml = yaml.substring(0, yaml.indexOf("\nload:") + 1) + yaml.substring(yaml.indexOf("\nrateLimit:") + 1);
    Files.writeString(file, yaml);
    Files.writeString(directory.resolve("ca.pem"), CA.certificatePem());
    return StackProfile.load(file);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** @return every check, those that spend logins and quotas last, as {@code ProductionReadinessKit} orders them */
  private static List<Check> inKitOrder() {
    List<Check> checks = new ArrayList<>(CheckCatalog.all().stream().filter(c -> !LAST.contains(c.id())).toList());
    LAST.forEach(id -> checks.add(CheckCatalog.require(id)));
    return checks;
  }

  /**
   * The checks whose profile sections (session, containers, persistence, dependency, shutdown) this profile leaves
   * out, so they are SKIPPED: they came with the runtime and session checks, after this test was written.
   */
  private static final Set<String> UNCONFIGURED = Set.of("auth.session-lifetime", "logs.secrets",
      "resilience.restart", "resilience.dependency-down", "shutdown.graceful");

  @Test
  void theWholeKitBehindASiteWideLimitReqHasNoError(TestReporter reporter) throws IOException {
    try (DemoStack demo = DemoStack.hardened(); NginxServer nginx = nginx(demo)) {
      StackProfile profile = profile(demo, nginx);
      List<CheckResult> results;
      Traffic traffic;
      try (TargetSession session = TargetSession.open(profile)) {
        results = CheckRunner.runAll(inKitOrder(), session);
        traffic = session.traffic();
      }

      String table = results.stream().map(r -> r.status() + " " + r.id() + ": " + r.message())
          .collect(Collectors.joining("\n"));
      assertThat(results).as(table).noneMatch(r -> r.status() == Status.ERROR);
      assertThat(results).as(table).filteredOn(r -> !r.id().startsWith("config.") && !r.id().startsWith("docker.")
          && !r.id().startsWith("compose.") && !r.id().startsWith("container.") && !r.id().equals("load.latency")
          && !UNCONFIGURED.contains(r.id()))
          .allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.PASS));
      assertThat(results).as(table).filteredOn(r -> UNCONFIGURED.contains(r.id()))
          .allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.SKIPPED));
      assertThat(traffic.limiters()).as(traffic.summary()).isNotEmpty();
      assertThat(traffic.logins()).as(traffic.summary()).isEqualTo(1);
      reporter.publishEntry("traffic", traffic.summary());
    }
  }
}
