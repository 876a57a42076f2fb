package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** {@code ratelimit.login} against the demo stack's login throttle and against scripted logins. */
class RateLimitLoginIT {

  private static final String SCRIPTED_PROFILE = """
      target:
        url: %s
      auth:
        login:
          path: /login
          body: '{"user":"${user}","password":"${password}"}'
          user: alice
          password: s3cret
          accessToken: /token
      rateLimit:
        login: %s
        loginAttempts: 3
      """;
  private static final MockResponse TOKEN = new MockResponse.Builder().code(200).body("{\"token\":\"t0k3n\"}").build();

  private static Map<String, CheckResult> run(StackProfile profile, String... ids) {
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(ids).stream().map(CheckCatalog::require).toList(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  private static StackProfile profileOf(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-login-it")));
  }

  private static CheckResult scripted(MockWebServer server, boolean enabled) {
    Target target = Target.builder().url(server.url("/").toString())
        .trust(TlsMockServers.LOCALHOST.certificate()).timeout(Duration.ofSeconds(2)).build();
    StackProfile profile = StackProfile.parse(SCRIPTED_PROFILE.formatted(target.url(), enabled), Path.of("."),
        Map.of()).withTarget(target);
    return run(profile, RateLimitLoginCheck.ID).get(RateLimitLoginCheck.ID);
  }

  private static MockResponse status(int code, String... headers) {
    MockResponse.Builder response = new MockResponse.Builder().code(code);
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    return response.build();
  }

  @Test
  void hardenedDemoThrottlesTheEleventhWrongPasswordWith429AndRetryAfter() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = run(profileOf(stack), RateLimitLoginCheck.ID).get(RateLimitLoginCheck.ID);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("throttled after 10 wrong passwords for alice (401 each): wrong "
          + "password 11 POST " + stack.httpsUrl().resolve("/api/auth/login") + " -> 429 with Retry-After: 1");
      assertThat(result.toString()).doesNotContain(DemoStack.password()).doesNotContain(
          RateLimitLoginCheck.WRONG_PASSWORD);
    }
  }

  @Test
  void demoWithoutLoginThrottleFailsNamingTheGuessesAndTheLoginAfterThem() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.LOGIN_NOT_THROTTLED))) {
      CheckResult result = run(profileOf(stack), RateLimitLoginCheck.ID).get(RateLimitLoginCheck.ID);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).isEqualTo("sent 20 wrong passwords for alice to POST "
          + stack.httpsUrl().resolve("/api/auth/login") + ": every one was answered like the first (401, no "
          + "rate-limit headers), none with 429, 423 or 503; then the correct password still logged in (POST "
          + stack.httpsUrl().resolve("/api/auth/login") + " -> 200), so nothing slows down password guessing");
      assertThat(result.fix()).contains("limit_req_status 429");
    }
  }

  @Test
  void theGuessingLeavesTheLoginUsableForTheChecksAfterIt() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = run(profileOf(stack), RateLimitLoginCheck.ID, "auth.required",
          "jwt.lifetime", "auth.default-credentials", "cookies.flags");

      assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message())
          .isEqualTo(Status.PASS));
    }
  }

  @Test
  void aCorrectPasswordRefusedAfterTheGuessesIsASilentLockout() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(TOKEN);
      for (int i = 0; i < 4; i++) {
        server.enqueue(status(401));
      }

      CheckResult result = scripted(server, true);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("locked after 3 wrong passwords for alice: the correct password is "
          + "refused too (POST " + server.url("/login") + " -> 401)");
      assertThat(server.getRequestCount()).as("the shared login, 3 wrong passwords, the correct one")
          .isEqualTo(5);
    }
  }

  @Test
  void aWafForbiddingAfterTheCredentialRejectionIsAThrottle() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(TOKEN);
      server.enqueue(status(401));
      server.enqueue(status(403, "X-RateLimit-Remaining", "0"));

      CheckResult result = scripted(server, true);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("throttled after 1 wrong passwords for alice (401 each): wrong "
          + "password 2 POST " + server.url("/login") + " -> 403 with X-RateLimit-Remaining: 0");
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void aLoginAlreadyThrottledAtTheFirstWrongPasswordIsAnError() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(TOKEN);
      server.enqueue(status(429, "Retry-After", "600"));

      CheckResult result = scripted(server, true);

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).isEqualTo("the first wrong password for alice was answered POST "
          + server.url("/login") + " -> 429 with Retry-After: 600, not with a credential rejection (400, 401 or 403 "
          + "without Retry-After), so the check cannot tell a throttle from the login's normal answer");
    }
  }

  @Test
  void aFailingControlLoginIsAnErrorNotAPass() {
    try (MockWebServer server = TlsMockServers.https()) {
      server.enqueue(status(401));

      CheckResult result = scripted(server, true);

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).startsWith("the login with the profile's credentials failed (POST "
          + server.url("/login") + " -> 401)");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void isSkippedUnlessTheProfileEnablesIt() {
    try (MockWebServer server = TlsMockServers.https()) {
      CheckResult result = scripted(server, false);

      assertThat(result.status()).isEqualTo(Status.SKIPPED);
      assertThat(result.message()).isEqualTo("rateLimit.login is not enabled in the stack profile");
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
