package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.http.Traffic;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The login checks behind a strict login limiter, as express-rate-limit sets one up (10 attempts a minute, a fixed
 * window, 429 with {@code Retry-After} and draft-8 {@code RateLimit} headers): one login per scan, every default pair
 * tried by waiting the window out, and the limiter's refusal shared with {@code ratelimit.login}.
 */
class LoginLimiterIT {

  private static final String PROFILE = """
      target:
        url: %s
        maxWait: %s
      paths:
        protected: /api/rooms
      auth:
        login:
          path: /login
          body: '{"user":"${user}","password":"${password}"}'
          user: alice
          password: s3cret-Alice-9
          accessToken: /token
      rateLimit:
        login: true
        loginAttempts: 20
      """;

  /** In kit order: the checks that use the shared login, then the ones that spend login attempts. */
  private static final List<String> IDS = List.of("auth.required", "jwt.lifetime", "auth.default-credentials",
      "ratelimit.login");

  private final MockWebServer server = TlsMockServers.https();
  private final AtomicInteger loginRequests = new AtomicInteger();

  @AfterEach
  void close() {
    server.close();
  }

  /** A fixed-window login limiter; {@code answer} decides what an admitted login gets. */
  private void limiter(int perWindow, Duration window, Function<String, MockResponse> answer) {
    limiter(perWindow, window, answer, false);
  }

  /**
   * A fixed-window login limiter; {@code answer} decides what an admitted login gets, and with {@code announce}
   * every admitted answer carries the draft-8 quota headers too, as express-rate-limit sends them.
   */
  private void limiter(int perWindow, Duration window, Function<String, MockResponse> answer, boolean announce) {
    server.setDispatcher(new Dispatcher() {
      private Instant windowStart;
      private int inWindow;

      @Override
      public synchronized MockResponse dispatch(RecordedRequest request) {
        if (!request.getUrl().encodedPath().equals("/login")) {
          return request.getHeaders().get("Authorization") == null
              ? new MockResponse.Builder().code(401).build() : new MockResponse.Builder().code(200).build();
        }
        loginRequests.incrementAndGet();
        Instant now = Instant.now();
        if (windowStart == null || now.isAfter(windowStart.plus(window))) {
          windowStart = now;
          inWindow = 0;
        }
        long reset = Math.max(1, (Duration.between(now, windowStart.plus(window)).toMillis() + 999) / 1000);
        inWindow++;
        if (inWindow > perWindow) {
          return new MockResponse.Builder().code(429).addHeader("Retry-After", String.valueOf(reset))
              .addHeader("RateLimit-Policy", "\"login\";q=" + perWindow + ";w=" + window.toSeconds())
              .addHeader("RateLimit", "\"login\";r=0;t=" + reset).body("Too many login attempts").build();
        }
        MockResponse admitted = answer.apply(request.getBody() == null ? "" : request.getBody().utf8());
        return announce ? admitted.newBuilder()
            .addHeader("RateLimit-Policy", "\"login\";q=" + perWindow + ";w=" + window.toSeconds())
            .addHeader("RateLimit", "\"login\";r=" + (perWindow - inWindow) + ";t=" + reset).build() : admitted;
      }
    });
  }

  private static MockResponse login(String body) {
    return body.contains("s3cret-Alice-9")
        ? new MockResponse.Builder().code(200).body("{\"token\":\"" + token() + "\"}").build()
        : new MockResponse.Builder().code(401).body("{\"error\":\"bad credentials\"}").build();
  }

  /** @return an HS256-shaped token that lives 10 minutes (its signature is not checked by these checks) */
  private static String token() {
    java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    return base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + "." + base64.encodeToString(("{\"sub\":\"alice\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + "." + base64.encodeToString("not-checked-here".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Map<String, CheckResult> scan(String maxWait, TrafficSink traffic) {
    StackProfile parsed = StackProfile.parse(PROFILE.formatted(server.url("/"), maxWait), Path.of("."), Map.of());
    StackProfile profile = parsed.withTarget(parsed.target().toBuilder()
        .trust(TlsMockServers.LOCALHOST.certificate()).build());
    try (TargetSession session = TargetSession.open(profile)) {
      Map<String, CheckResult> results = CheckRunner.runAll(IDS.stream().map(CheckCatalog::require).toList(),
          session).stream().collect(Collectors.toMap(CheckResult::id, r -> r));
      traffic.traffic = session.traffic();
      return results;
    }
  }

  private static final class TrafficSink {
    Traffic traffic;
  }

  @Test
  void aLoginLimiterOfTenAMinuteLeavesEveryLoginCheckGreenWithOneLogin() {
    limiter(10, Duration.ofMinutes(1), LoginLimiterIT::login);
    TrafficSink sink = new TrafficSink();

    Map<String, CheckResult> results = scan("2m", sink);

    assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message())
        .isEqualTo(Status.PASS));
    assertThat(results.get("auth.default-credentials").message()).startsWith("none of 12 default pairs logs in; the "
        + "real credentials do (the login limiter refused once and was waited out)");
    assertThat(results.get("ratelimit.login").message()).startsWith("throttled after 9 wrong passwords for the "
        + "default-credential users (401 each): wrong password 10 POST " + server.url("/login") + " -> 429 with "
        + "Retry-After: ").endsWith("(observed by auth.default-credentials in this scan; no further login attempt "
        + "spent)");
    assertThat(sink.traffic.logins()).as("one login per scan").isEqualTo(1);
    assertThat(sink.traffic.wrongPasswords()).isEqualTo(12);
    assertThat(loginRequests.get()).as("the login, 12 pairs, one refusal").isEqualTo(14);
    assertThat(sink.traffic.limiters()).singleElement().satisfies(limiter -> {
      assertThat(limiter.scope()).isEqualTo("/login");
      assertThat(limiter.refusals()).isEqualTo(1);
    });
  }

  @Test
  void aLimiterThatAnnouncesItsSpentQuotaIsStillMetOnceByThePairsAndSharedWithTheLoginCheck() {
    limiter(10, Duration.ofSeconds(20), LoginLimiterIT::login, true);
    TrafficSink sink = new TrafficSink();

    Map<String, CheckResult> results = scan("2m", sink);

    assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id() + ": " + r.message())
        .isEqualTo(Status.PASS));
    assertThat(results.get("ratelimit.login").message()).startsWith("throttled after 9 wrong passwords for the "
        + "default-credential users (401 each)")
        .endsWith("(observed by auth.default-credentials in this scan; no further login attempt spent)");
    assertThat(sink.traffic.wrongPasswords()).as("the 12 pairs and no wrong password more").isEqualTo(12);
    assertThat(loginRequests.get()).as("the login, 12 pairs, one refusal").isEqualTo(14);
  }

  @Test
  void aWaitBudgetTooShortForThePairsIsAnErrorListingTheUntriedPairs() {
    limiter(10, Duration.ofMinutes(1), LoginLimiterIT::login);
    TrafficSink sink = new TrafficSink();

    CheckResult result = scan("5s", sink).get("auth.default-credentials");

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("the rate limiter of /login (last 429 with Retry-After: ")
        .contains("raise target.maxWait")
        .contains("auth.default-credentials tried 9 of 12 pairs and never passes with untried pairs; untried: "
            + "[guest/<redacted>, demo/<redacted>, administrator/<redacted>]")
        .doesNotContain("guest:guest");
  }

  @Test
  void aPairAnsweredWith502IsAnErrorNotARefusal() {
    AtomicInteger logins = new AtomicInteger();
    limiter(100, Duration.ofMinutes(1), body -> logins.incrementAndGet() == 1 ? login(body)
        : new MockResponse.Builder().code(502).body("Bad Gateway").build());

    CheckResult result = scan("2m", new TrafficSink()).get("auth.default-credentials");

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).startsWith("POST " + server.url("/login") + " -> 502")
        .contains("for the default pair admin/<redacted>: a 5xx is not a refusal")
        .contains("auth.default-credentials tried 0 of 12 pairs");
  }
}
