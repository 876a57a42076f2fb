package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoadRecorderTest {

  private static final ProbeRequest GET = ProbeRequest.get(URI.create("https://api.example/"));

  private static LoadRecorder recorder(OptionalInt rate) {
    return new LoadRecorder(new LoadPlan(GET, 10, Duration.ofSeconds(1), rate));
  }

  @Test
  void closedModelAddsTheSamplesAStalledUserWouldHaveSent() {
    LoadRecorder recorder = recorder(OptionalInt.empty());
    for (int i = 0; i < 99; i++) {
      recorder.latency(Duration.ofMillis(1).toNanos(), true);
    }
    recorder.latency(Duration.ofSeconds(1).toNanos(), true);

    LoadResult.Latency latency = recorder.result().latency();
    assertThat(latency.samples()).isEqualTo(100);
    assertThat(latency.uncorrectedP95()).isLessThan(Duration.ofMillis(2));
    assertThat(latency.p95()).isGreaterThan(Duration.ofMillis(500));
    assertThat(latency.max()).isBetween(Duration.ofMillis(999), Duration.ofMillis(1001));
  }

  @Test
  void openModelLatencyFromTheIntendedTimeIsNotCorrectedTwice() {
    LoadRecorder recorder = recorder(OptionalInt.of(100));
    for (int i = 0; i < 99; i++) {
      recorder.latency(Duration.ofMillis(1).toNanos(), true);
    }
    recorder.latency(Duration.ofSeconds(1).toNanos(), true);

    LoadResult.Latency latency = recorder.result().latency();
    assertThat(latency.p95()).isEqualTo(latency.uncorrectedP95()).isLessThan(Duration.ofMillis(2));
  }

  @Test
  void countsEveryAnswerButAnEnded2xxAndFailuresAsErrorsByKind() {
    LoadRecorder recorder = recorder(OptionalInt.empty());
    for (int status : new int[] {200, 204, 302, 404, 503, 503}) {
      recorder.sending();
      recorder.answered(status, true);
    }
    recorder.sending();
    recorder.answered(200, false);
    recorder.sending();
    recorder.failed("SocketTimeoutException");

    LoadResult result = recorder.result();
    assertThat(result.requests()).isEqualTo(8);
    assertThat(result.errors()).isEqualTo(6);
    assertThat(result.errorKinds()).containsOnly(java.util.Map.entry("302", 1L), java.util.Map.entry("404", 1L),
        java.util.Map.entry("503", 2L), java.util.Map.entry("body not ended within 1 MiB", 1L),
        java.util.Map.entry("SocketTimeoutException", 1L));
  }

  @Test
  void errorKindsAreBounded() {
    LoadRecorder recorder = recorder(OptionalInt.empty());
    for (int i = 0; i < 100; i++) {
      recorder.notSent("kind " + i);
    }

    assertThat(recorder.result().errorKinds()).hasSize(LoadRecorder.MAX_ERROR_KINDS + 1).containsKey("other");
  }
}
