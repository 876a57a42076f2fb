package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.check.Status;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** {@code ratelimit.api} and {@code ratelimit.signal} against the demo stack's token bucket on {@code /api/rooms}. */
class RateLimitChecksIT {

  private static StackProfile profileOf(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-it")));
  }

  private static List<CheckResult> inOneSession(StackProfile profile) {
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(new RateLimitApiCheck(), new RateLimitSignalCheck()), session);
    }
  }

  @Test
  void hardenedStackIsLimitedWith429RetryAfterAndQuotaHeaders() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      StackProfile profile = profileOf(stack);
      List<CheckResult> results = inOneSession(profile);
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(api.message()).contains("/api/rooms limited after ").contains(": 429 with Retry-After: 1; "
          + "RateLimit: \"api\";r=0;t=1; RateLimit-Policy: \"api\";q=50;w=1").contains("after Retry-After: GET ")
          .endsWith("-> 200");
      assertThat(signal.status()).as(signal.message()).isEqualTo(Status.PASS);
      assertThat(signal.message()).contains("/api/rooms -> 429 with Retry-After: 1");
    }
  }

  @Test
  void sameVerdictTwentyRunsOutOfTwenty(TestReporter reporter) throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      StackProfile profile = profileOf(stack);
      List<CheckResult> runs = new ArrayList<>();
      for (int run = 0; run < 20; run++) {
        runs.add(Readiness.check(RateLimitApiCheck.ID, profile));
      }
      reporter.publishEntry("demo token bucket 50/s: observed limits", ObservedLimits.of(runs).toString());
      assertThat(runs).extracting(CheckResult::status).as(ObservedLimits.messages(runs)).hasSize(20)
          .containsOnly(Status.PASS);
      assertThat(ObservedLimits.of(runs)).allSatisfy(limit -> assertThat(limit).as("the bucket's 50, plus what 50/s "
          + "refilled during the burst, within the budget of 300").isBetween(50, 300));
    }
  }

  @Test
  void missingLimitFailsApiAndSkipsSignal() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.RATE_LIMIT_MISSING))) {
      StackProfile profile = profileOf(stack);
      List<CheckResult> results = inOneSession(profile);
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).isEqualTo(Status.FAIL);
      assertThat(api.message()).startsWith("sent 300 × GET ").contains("/api/rooms in ")
          .contains("no response was 429 or 503 and none was delayed");
      assertThat(api.fix()).contains("limit_req");
      assertThat(signal.status()).isEqualTo(Status.SKIPPED);
    }
  }

  @Test
  void limiterAnswering503FailsSignalOnly() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.RATE_LIMIT_503))) {
      StackProfile profile = profileOf(stack);
      List<CheckResult> results = inOneSession(profile);
      CheckResult api = results.get(0);
      CheckResult signal = results.get(1);

      assertThat(api.status()).as(api.message()).isEqualTo(Status.PASS);
      assertThat(signal.status()).as(api.message() + " | " + signal.message()).isEqualTo(Status.FAIL);
      assertThat(signal.message()).contains("-> 503: the limiter answers 503 instead of 429 Too Many Requests");
      assertThat(signal.fix()).contains("limit_req_status 429");
    }
  }
}
