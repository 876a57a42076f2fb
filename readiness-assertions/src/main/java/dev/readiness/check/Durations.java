package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one way check messages write a duration for a person: whole units spelled out, exact, largest first, zero
 * units left out: {@code 365 days}, {@code 1 day}, {@code 15 minutes}, {@code 15 minutes 1 second},
 * {@code 1 day 3 hours 46 minutes 40 seconds}; under a second, {@code 300 milliseconds}. Nothing is rounded, so a
 * value just over a limit never reads as the limit.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Durations {

  private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};
  private static final String[] UNIT_NAMES = {"day", "hour", "minute", "second"};

  private Durations() {}

  /**
   * @param duration a non-negative duration
   * @return the duration in words, such as {@code 7 days} or {@code 15 minutes 1 second}; {@code 0 seconds} for zero
   */
  public static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0 && duration.toMillis() > 0) {
      return plural(duration.toMillis(), "millisecond");
    }
    if (seconds == 0) {
      return plural(0, "second");
    }
    List<String> parts = new ArrayList<>();
    long rest = seconds;
    for (int i = 0; i < UNIT_SECONDS.length; i++) {
      long count = rest / UNIT_SECONDS[i];
      rest %= UNIT_SECONDS[i];
      if (count > 0) {
        parts.add(plural(count, UNIT_NAMES[i]));
      }
    }
    return String.join(" ", parts);
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
