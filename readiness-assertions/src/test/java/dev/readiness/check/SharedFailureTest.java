package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.http.ProbeException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A shared observation runs once per scan, failed or not (issue 18.9). */
class SharedFailureTest {

  @Test
  void aFailedFactoryIsNotRunAgainAndEveryCallerGetsItsFailure() {
    AtomicInteger runs = new AtomicInteger();
    try (InMemorySharedResources shared = new InMemorySharedResources()) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> shared.computeIfAbsent("cors.run", String.class, () -> {
          runs.incrementAndGet();
          throw new ProbeException("GET https://a/ failed: no answer within the timeout of 300 ms");
        })).isInstanceOf(ProbeException.class).hasMessage("GET https://a/ failed: no answer within the timeout of 300 ms");
      }
    }
    assertThat(runs.get()).isEqualTo(1);
  }
}
