package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverTest {

  private static final Waiver WAIVER = new Waiver("hsts.max-age", "CDN migration", LocalDate.parse("2027-03-01"));

  private static CheckResult result(Outcome outcome) {
    return new CheckResult("hsts.max-age", "HSTS max-age long enough", Category.TRANSPORT, outcome, Duration.ZERO);
  }

  private static final CheckResult FAILED = result(Outcome.of("ok",
      List.of(Finding.fail("max-age=86400 (1 day) is below the required 31536000", "Set max-age=31536000")),
      List.of(Evidence.of("GET https://a/ -> 200"))));

  @Test
  void activeWaiverKeepsTheFailureAndMarksItWaived() {
    CheckResult waived = WAIVER.applyTo(FAILED, LocalDate.parse("2027-03-01"));

    assertThat(waived.status()).isEqualTo(Status.FAIL);
    assertThat(waived.isWaived()).isTrue();
    assertThat(waived.reportedStatus()).isEqualTo("WAIVED");
    assertThat(waived.message()).isEqualTo(FAILED.message());
    assertThat(waived.waiver()).contains(new AppliedWaiver(WAIVER, WaiverState.ACTIVE));
  }

  @Test
  void expiredWaiverFailsAndSaysWhenItExpired() {
    CheckResult expired = WAIVER.applyTo(FAILED, LocalDate.parse("2027-03-02"));

    assertThat(expired.status()).isEqualTo(Status.FAIL);
    assertThat(expired.isWaived()).isFalse();
    assertThat(expired.reportedStatus()).isEqualTo("FAIL");
    assertThat(expired.message()).isEqualTo("the waiver expired on 2027-03-01 (CDN migration); "
        + "max-age=86400 (1 day) is below the required 31536000");
    assertThat(expired.fix()).isEqualTo("Set max-age=31536000");
    assertThat(expired.evidence()).isEqualTo(FAILED.evidence());
    assertThat(expired.waiver()).contains(new AppliedWaiver(WAIVER, WaiverState.EXPIRED));
  }

  @Test
  void waiverNeverTurnsAnErrorIntoAnythingElse() {
    CheckResult error = result(Outcome.error("connection refused", List.of()));

    CheckResult applied = WAIVER.applyTo(error, LocalDate.parse("2026-01-01"));

    assertThat(applied.status()).isEqualTo(Status.ERROR);
    assertThat(applied.isWaived()).isFalse();
    assertThat(applied.reportedStatus()).isEqualTo("ERROR");
    assertThat(applied.waiver()).contains(new AppliedWaiver(WAIVER, WaiverState.NOT_APPLIED));
  }

  @Test
  void waiverOfAPassIsNotNeeded() {
    CheckResult pass = result(Outcome.pass("max-age is one year", List.of()));

    assertThat(WAIVER.applyTo(pass, LocalDate.parse("2026-01-01")).waiver())
        .contains(new AppliedWaiver(WAIVER, WaiverState.NOT_NEEDED));
  }

  @Test
  void refusesAnotherChecksResult() {
    CheckResult other = new CheckResult("hsts.present", "HSTS", Category.TRANSPORT, Outcome.skipped("x"),
        Duration.ZERO);

    assertThatThrownBy(() -> WAIVER.applyTo(other, LocalDate.parse("2026-01-01")))
        .hasMessage("a waiver of hsts.max-age cannot apply to hsts.present");
  }

  @Test
  void requiresAReason() {
    assertThatThrownBy(() -> new Waiver("hsts.max-age", " ", LocalDate.parse("2027-03-01")))
        .hasMessage("the waiver of hsts.max-age needs a reason");
  }
}
