package dev.readiness.profile;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as {@code 300ms}, {@code 5s}, {@code 15m}, {@code 2h}, {@code 365d} or ISO-8601. */
final class DurationValue {

  private static final Pattern SHORT_FORM = Pattern.compile("([0-9]{1,18})(ms|s|m|h|d)");

  private DurationValue() {}

  /**
   * @param text such as {@code 5s} or {@code PT10M}
   * @return the duration, positive
   * @throws IllegalArgumentException naming the text when it is not a positive duration
   */
  static Duration parse(String text) {
    Duration duration;
    try {
      duration = shortForm(text);
    } catch (ArithmeticException | DateTimeParseException e) {
      throw notADuration(text);
    }
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("'" + text + "' is not a positive duration");
    }
    return duration;
  }

  static void requirePositive(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }

  /**
   * @param duration a positive duration
   * @return it in the short form this class reads, in the largest unit that divides it ({@code 5m}, {@code 3650d},
   *     {@code 1ms})
   */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return millis + "ms";
  }

  private static Duration shortForm(String text) {
    Matcher matcher = SHORT_FORM.matcher(text);
    if (!matcher.matches()) {
      if (text.startsWith("P") || text.startsWith("-P")) {
        return Duration.parse(text);
      }
      throw notADuration(text);
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException(
        "'" + text + "' is not a duration; use 300ms, 5s, 15m, 2h, 365d or ISO-8601 such as PT10M");
  }
}
