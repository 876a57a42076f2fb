package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void passesWhenOnlyWarningsAreFound() {
    Outcome outcome = Outcome.of("all good", List.of(Finding.warning("w", "f")), List.of());

    assertThat(outcome.status()).isEqualTo(Status.PASS);
    assertThat(outcome.message()).isEqualTo("all good");
    assertThat(outcome.warnings()).hasSize(1);
  }

  @Test
  void failsWithTheFirstBlockingFindingAndCountsTheRest() {
    Outcome outcome = Outcome.of("all good", List.of(Finding.warning("w", "fw"), Finding.fail("first", "fix 1"),
        Finding.fail("second", "fix 2")), List.of());

    assertThat(outcome.status()).isEqualTo(Status.FAIL);
    assertThat(outcome.message()).isEqualTo("first (and 1 more)");
    assertThat(outcome.fix()).isEqualTo("fix 1");
  }

  @Test
  void neverPassesAnErrorOrASkip() {
    assertThat(Outcome.error("down", List.of()).status()).isEqualTo(Status.ERROR);
    assertThat(Outcome.skipped("not configured").status()).isEqualTo(Status.SKIPPED);
  }
}
