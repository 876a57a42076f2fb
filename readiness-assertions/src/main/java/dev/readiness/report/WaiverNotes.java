package dev.readiness.report;

import dev.readiness.check.WaiverState;

/** What each waiver state means, in the words every report format shows beside the state. */
final class WaiverNotes {

  private WaiverNotes() {}

  /** @return one short clause saying what the waiver did, for example {@code an ERROR is never waived} */
  static String of(WaiverState state) {
    return switch (state) {
      case ACTIVE -> "the failure is accepted until the last day";
      case EXPIRED -> "the last day has passed: the failure counts";
      case NOT_NEEDED -> "the check did not fail";
      case NOT_APPLIED -> "the check could not decide: an ERROR is never waived";
    };
  }
}
