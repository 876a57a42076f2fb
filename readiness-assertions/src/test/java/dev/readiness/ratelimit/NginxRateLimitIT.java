package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * {@code ratelimit.api} and {@code ratelimit.signal} against Debian's nginx {@code limit_req} at 5 requests/s.
 * The limited location serves a static file: {@code return 200} would answer in the rewrite phase, before
 * {@code limit_req} runs, and nothing would ever be limited.
 */
class NginxRateLimitIT {

  /** 5 requests/s per client address, and a Retry-After on 429 answers only. */
  static final String ZONE = """
      limit_req_zone $binary_remote_addr zone=api:1m rate=5r/s;
      map $status $retry_after { 429 1; default ""; }
      """;

  /**
   * @param limitReq the {@code limit_req*} directives of {@code /api/}
   * @return nginx serving {@code /api/rooms} as a static JSON file behind the directives
   */
  static NginxServer nginx(String limitReq) {
    return NginxServer.start(1, context -> {
      Path root = context.directory().resolve("www");
      try {
        Files.createDirectories(root.resolve("api"));
        Files.writeString(root.resolve("api/rooms"), "[{\"id\":1,\"name\":\"lobby\"}]");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ZONE + """
          server {
            listen 127.0.0.1:%d;
            root %s;
            location /api/ {
              default_type application/json;
              %s
            }
          }
          """.formatted(context.port(0), root, limitReq);
    });
  }

  /** @return a profile bursting {@code GET /api/rooms} with the default budget of 300 requests */
  static StackProfile profile(NginxServer nginx) {
    return StackProfile.parse("""
        target: {url: 'http://127.0.0.1:%d'}
        rateLimit:
          endpoints:
            - path: /api/rooms
        """.formatted(nginx.port(0)), Path.of("."), Map.of());
  }

  private static List<CheckResult> apiAndSignal(StackProfile profile) {
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(new RateLimitApiCheck(), new RateLimitSignalCheck()), session);
    }
  }

  @Test
  void limitReqWithStatus429PassesBothChecks() {
    try (NginxServer nginx = nginx("limit_req zone=api burst=10 nodelay; limit_req_status 429;")) {
      List<CheckResult> results = apiAndSignal(profile(nginx));
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(api.message()).startsWith("GET http://127.0.0.1:" + nginx.port(0) + "/api/rooms limited after ")
          .contains(": 429 with no rate-limit headers");
      assertThat(signal.status()).as(signal.message()).isEqualTo(Status.PASS);
      assertThat(signal.message()).contains("/api/rooms -> 429 with no rate-limit headers");
      assertThat(signal.outcome().warnings()).singleElement()
          .satisfies(w -> assertThat(w.message()).contains("carries no Retry-After"));
    }
  }

  @Test
  void limitReqWith429AndRetryAfterPassesWithoutWarningsAndServesAgainAfterTheWait() {
    try (NginxServer nginx = nginx("""
        limit_req zone=api burst=10 nodelay; limit_req_status 429;
        add_header Retry-After $retry_after always;""")) {
      List<CheckResult> results = apiAndSignal(profile(nginx));
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(api.message()).contains(": 429 with Retry-After: 1; after Retry-After: GET ").endsWith("-> 200");
      assertThat(api.outcome().warnings()).isEmpty();
      assertThat(signal.status()).as(signal.message()).isEqualTo(Status.PASS);
      assertThat(signal.outcome().warnings()).isEmpty();
    }
  }

  @Test
  void limitReqWithItsDefault503PassesApiAndFailsSignal() {
    try (NginxServer nginx = nginx("limit_req zone=api burst=10 nodelay;")) {
      List<CheckResult> results = apiAndSignal(profile(nginx));
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(api.message()).contains(": 503 with no rate-limit headers");
      assertThat(signal.status()).as(signal.message()).isEqualTo(Status.FAIL);
      assertThat(signal.message()).contains("/api/rooms -> 503: the limiter answers 503 instead of 429 Too Many "
          + "Requests");
      assertThat(signal.fix()).contains("limit_req_status 429");
    }
  }

  /**
   * A queue deeper than the burst's 16 connections delays and never refuses, with no header: from outside it cannot
   * be told from a slow stack (issue 18.3), so it is not a PASS; the burst stops after {@link BurstEngine#QUEUE_PROBE}
   * queued answers.
   */
  @Test
  void limitReqWithoutNodelayAndADeepQueueIsNotTakenForALimiter() {
    try (NginxServer nginx = nginx("limit_req zone=api burst=40; limit_req_status 429;")) {
      List<CheckResult> results = apiAndSignal(profile(nginx));
      CheckResult api = results.get(0);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.FAIL);
      assertThat(api.message()).contains("every answer passed, the slowest after ")
          .contains("none was refused and none carried a rate-limit header: a stack that is only slow under load is "
              + "not rate-limited");
      assertThat(api.fix()).contains("keep burst below 16");
    }
  }

  /** A queue shallower than the burst's connections fills and refuses: the limiter is seen. */
  @Test
  void limitReqWithoutNodelayAndAShallowQueuePassesByTheRefusal() {
    try (NginxServer nginx = nginx("limit_req zone=api burst=5; limit_req_status 429;")) {
      CheckResult api = apiAndSignal(profile(nginx)).get(0);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(api.message()).contains("/api/rooms limited after ");
    }
  }

  /**
   * Twenty runs, each in its own session as separate CI runs would be: each burst ends by waiting nginx's
   * {@code Retry-After}, so the next run starts with the bucket refilled. The observed limits are published as
   * report entries.
   */
  @Test
  void sameVerdictTwentyRunsOutOfTwenty(TestReporter reporter) {
    try (NginxServer nginx = nginx("""
        limit_req zone=api burst=10 nodelay; limit_req_status 429;
        add_header Retry-After $retry_after always;""")) {
      StackProfile profile = profile(nginx);
      List<CheckResult> runs = new ArrayList<>();
      for (int run = 0; run < 20; run++) {
        runs.add(Readiness.check(RateLimitApiCheck.ID, profile));
      }

      reporter.publishEntry("nginx limit_req rate=5r/s burst=10 nodelay: observed limits",
          ObservedLimits.of(runs).toString());
      assertThat(runs).extracting(CheckResult::status).as(ObservedLimits.messages(runs)).hasSize(20)
          .containsOnly(Status.PASS);
      assertThat(ObservedLimits.of(runs)).allSatisfy(limit -> assertThat(limit).as("1 + burst 10 from a full bucket; "
          + "back to back, the previous run's request after Retry-After still holds a token or two").isBetween(8, 20));
    }
  }

  @Test
  void noLimitReqFailsApi() {
    try (NginxServer nginx = nginx("")) {
      CheckResult api = apiAndSignal(profile(nginx)).get(0);

      assertThat(api.status()).isEqualTo(Status.FAIL);
      assertThat(api.message()).startsWith("sent 300 × GET http://127.0.0.1:" + nginx.port(0) + "/api/rooms in ")
          .contains("no response was 429 or 503 and none was delayed");
    }
  }
}
