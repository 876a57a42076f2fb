package dev.readiness.hsts;

import java.time.Duration;

/** Formats a duration for a person: the largest whole unit among days, hours, minutes and seconds. */
final class Durations {

  private Durations() {}

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s >= 86_400 && s % 86_400 == 0) {
      return plural(s / 86_400, "day");
    }
    if (s >= 86_400) {
      return String.format(java.util.Locale.ROOT, "%.1f days", s / 86_400.0);
    }
    if (s >= 3_600 && s % 3_600 == 0) {
      return plural(s / 3_600, "hour");
    }
    if (s >= 60 && s % 60 == 0) {
      return plural(s / 60, "minute");
    }
    return plural(s, "second");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
