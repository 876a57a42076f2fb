package dev.readiness.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.ProfileOverride;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code load.latency} and the fluent {@code load()} assertion against the demo stack's profile (20 users on the home
 * page for 5 s, p95 at most 1 s): the hardened stack passes, {@link Misconfiguration#LOAD_SERIALISED} fails, a
 * stopped stack is ERROR.
 */
class LoadLatencyIT {

  private static StackProfile profileOf(DemoStack stack, ProfileOverride... overrides) throws IOException {
    Path yaml = stack.writeProfile(Files.createTempDirectory("readiness-load-it"));
    return StackProfile.load(yaml, List.of(overrides));
  }

  @Test
  void hardenedStackPassesWithPercentilesThroughputAndErrorRateInTheMessage() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = Readiness.check(LoadLatencyCheck.ID, profileOf(stack));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).startsWith("GET " + stack.httpsUrl() + " under 20 concurrent users (closed "
          + "model) for 5 s: p50 ").contains(", p95 ", ", p99 ", "(corrected for coordinated omission; ",
          " requests/s, errors 0.00 % (0 of ", "20 connections open at peak");
      assertThat(result.evidence()).last().satisfies(evidence -> {
        assertThat(evidence.title()).startsWith("load 20 concurrent users");
        assertThat(evidence.detail()).contains("users started: 20", "latency samples: ");
      });
    }
  }

  @Test
  void serialisedHomePageFailsOnP95WithTheFix() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.LOAD_SERIALISED))) {
      CheckResult result = Readiness.check(LoadLatencyCheck.ID, profileOf(stack));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).startsWith("GET " + stack.httpsUrl() + ": p95 latency ")
          .contains(" exceeds the 1000 ms threshold; 20 concurrent users (closed model) for 5 s: p50 ");
      assertThat(result.fix()).contains("Express", "FastAPI", "Spring", "nginx");
    }
  }

  @Test
  void openModelAtAModestRatePassesOnTheHardenedStack() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = Readiness.check(LoadLatencyCheck.ID, profileOf(stack,
          new ProfileOverride("load.rate", "50", "LoadLatencyIT"),
          new ProfileOverride("load.duration", "3s", "LoadLatencyIT")));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).contains("50 requests/s (open model, at most 20 connections) for 3 s: p50 ");
      assertThat(result.evidence()).last().satisfies(evidence ->
          assertThat(evidence.detail()).contains("intended: 150, never sent: 0"));
    }
  }

  @Test
  void stoppedStackIsErrorNeverPass() throws IOException {
    StackProfile profile;
    try (DemoStack stack = DemoStack.hardened()) {
      profile = profileOf(stack);
    }
    CheckResult result = Readiness.check(LoadLatencyCheck.ID, profile);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).contains("failed: connection refused");
  }

  @Test
  void fluentAssertionHoldsOnTheHardenedStackAndNamesTheP95OnTheSerialisedOne() throws IOException {
    try (DemoStack hardened = DemoStack.hardened()) {
      Readiness.assertThat(profileOf(hardened, new ProfileOverride("load.duration", "2s", "LoadLatencyIT"))).load()
          .hasP95AtMost(Duration.ofSeconds(1)).hasErrorRateAtMost(0.01);
    }
    try (DemoStack serialised = DemoStack.start(Set.of(Misconfiguration.LOAD_SERIALISED))) {
      StackProfile profile = profileOf(serialised, new ProfileOverride("load.duration", "2s", "LoadLatencyIT"));
      assertThatThrownBy(() -> Readiness.assertThat(profile).load().hasP95AtMost(Duration.ofSeconds(1)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(": p95 latency ")
          .hasMessageContaining("exceeds the 1000 ms threshold");
    }
  }
}
