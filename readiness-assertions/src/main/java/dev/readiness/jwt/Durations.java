package dev.readiness.jwt;

import java.time.Duration;

/** Human-readable durations for messages. */
final class Durations {

  private Durations() {}

  /** @return such as {@code 7 d}, {@code 10 min} or {@code 90 s} */
  static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && seconds % 86_400 == 0) {
      return seconds / 86_400 + " d";
    }
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + " h";
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return seconds / 60 + " min";
    }
    return seconds + " s";
  }
}
