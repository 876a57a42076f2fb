package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The shared login against scripted servers with odd token shapes, and the login limiter. */
class LoginShapesIT {

  private static final String PROFILE = """
      target:
        url: %s
      paths:
        protected: /api/me
      auth:
        login:
          path: /login
          body: '{"u":"${user}","p":"${password}"}'
          user: alice
          password: 'p"w\\1234'
          accessToken: /token
      """;
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDYwMH0."
      + "c2lnbmF0dXJlLW5vdC1jaGVja2Vk";

  private static Map<String, CheckResult> run(MockWebServer server, String... ids) {
    Target target = Target.builder().url(server.url("/").toString())
        .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
    StackProfile profile = StackProfile.parse(PROFILE.formatted(target.url()), Path.of("."), Map.of())
        .withTarget(target);
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(ids).stream().map(CheckCatalog::require).toList(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  @Test
  void tokenInACookieIsSentBackAsThatCookieAndTheLoginHappensOnce() throws Exception {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(200).body("<html>welcome</html>")
          .addHeader("Set-Cookie", "sid=abc; Path=/")
          .addHeader("Set-Cookie", "token=" + JWT + "; HttpOnly; Secure").build());
      server.enqueue(status(200));
      server.enqueue(status(401));

      Map<String, CheckResult> results = run(server, "jwt.lifetime", "auth.required");

      assertThat(results.get("jwt.lifetime").status()).isEqualTo(Status.PASS);
      assertThat(results.get("auth.required").status()).as(results.get("auth.required").message())
          .isEqualTo(Status.PASS);
      RecordedRequest login = server.takeRequest();
      assertThat(login.getBody().utf8()).isEqualTo("{\"u\":\"alice\",\"p\":\"p\\\"w\\\\1234\"}");
      assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("token=" + JWT);
      assertThat(server.takeRequest().getHeaders().get("Cookie")).isNull();
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(results.toString()).doesNotContain(JWT).doesNotContain("p\"w");
    }
  }

  @Test
  void nonJsonLoginReplyWithoutACookieIsErrorNamingTheLogin() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(200).body("Welcome back!").build());

      CheckResult result = run(server, "jwt.algorithm").get("jwt.algorithm");

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).isEqualTo("the login with the profile's credentials failed (POST "
          + server.url("/login") + " -> 200): expected 2xx with an access token; check auth.login in the profile");
    }
  }

  @Test
  void redirectOnLoginIsNotFollowedAndIsError() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/dashboard").build());

      CheckResult result = run(server, "auth.required").get("auth.required");

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).contains("-> 302): expected 2xx with an access token");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void opaqueTokenSkipsTheLifetimeCheckWithTheReason() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"opaque-0123456789\"}").build());

      CheckResult result = run(server, "jwt.lifetime").get("jwt.lifetime");

      assertThat(result.status()).isEqualTo(Status.SKIPPED);
      assertThat(result.message())
          .isEqualTo("the access token is opaque (not a JWT), so its lifetime cannot be read from it");
    }
  }

  @Test
  void limiterWithALongRetryAfterMakesDefaultCredentialsErrorListingTheUntestedPairs() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"" + JWT + "\"}").build());
      server.enqueue(status(401));
      server.enqueue(status(401));
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());

      CheckResult result = run(server, "auth.default-credentials").get("auth.default-credentials");

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).startsWith("not sending POST /login: the rate limiter of /login (last 429 with "
          + "Retry-After: 3600) asks to wait 3600.2 s").contains("raise target.maxWait")
          .contains("auth.default-credentials tried 2 of 12 pairs and never passes with untried pairs; untried: "
              + "[admin/<redacted>, root/<redacted>,");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void aDefaultPairThatLogsInFailsAtOnceWithoutSpendingTheOtherPairs() throws Exception {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"" + JWT + "\"}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{\"token\":\"" + JWT + "\"}").build());

      CheckResult result = run(server, "auth.default-credentials").get("auth.default-credentials");

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).contains("with the default pair admin/<redacted>: the stack logs it in")
          .contains("pair 1 of 12; one pair that logs in is enough, so the rest were not tried")
          .doesNotContain("admin/admin");
      server.takeRequest();
      assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"u\":\"admin\",\"p\":\"admin\"}");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }
}
