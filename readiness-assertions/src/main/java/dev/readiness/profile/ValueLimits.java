package dev.readiness.profile;

import java.time.Duration;

/**
 * The allowed range of every number and duration the profile accepts, checked when the profile is read so that a
 * value that would break a scan later (a per-request timeout of 30 days, a 100 TB upload) is refused at its line
 * with the range. docs/profile.md lists the same table.
 *
 * <p>A new key picks a range here (or adds one, documented in docs/profile.md) and reads its value with
 * {@link ProfileNode#duration(DurationRange)} or {@link ProfileNode#number(NumberRange)}.
 */
final class ValueLimits {

  /** {@code target.timeout}: one exchange, from 1 ms to 5 minutes. */
  static final DurationRange TARGET_TIMEOUT = new DurationRange(Duration.ofMillis(1), Duration.ofMinutes(5));
  /** {@code target.maxWait}: the scan's wait budget, from 1 ms to 1 hour ({@code Target.MAX_WAIT_CAP}). */
  static final DurationRange TARGET_MAX_WAIT = new DurationRange(Duration.ofMillis(1), Duration.ofHours(1));
  /** {@code target.scanTimeout}: the whole scan, from 1 second to 6 hours ({@code Target.MAX_SCAN_TIMEOUT}). */
  static final DurationRange TARGET_SCAN_TIMEOUT = new DurationRange(Duration.ofSeconds(1), Duration.ofHours(6));
  /** {@code load.duration}: from 1 ms to 1 hour of load. */
  static final DurationRange LOAD_DURATION = new DurationRange(Duration.ofMillis(1), Duration.ofHours(1));
  /** {@code load.p95}: from 1 ms to 1 minute. */
  static final DurationRange LOAD_P95 = new DurationRange(Duration.ofMillis(1), Duration.ofMinutes(1));
  /** {@code jwt.maxLifetime}: from 1 second to 3650 days. */
  static final DurationRange JWT_MAX_LIFETIME = new DurationRange(Duration.ofSeconds(1), Duration.ofDays(3650));
  /** {@code hsts.minMaxAge}: from 1 second to 3650 days. */
  static final DurationRange HSTS_MIN_MAX_AGE = new DurationRange(Duration.ofSeconds(1), Duration.ofDays(3650));

  /** {@code load.concurrency}: from 1 to 10,000 users or connections. */
  static final NumberRange LOAD_CONCURRENCY = new NumberRange(1, 10_000, "users");
  /** {@code load.rate}: from 1 to 100,000 requests a second. */
  static final NumberRange LOAD_RATE = new NumberRange(1, 100_000, "requests a second");
  /** {@code upload.maxBytes}: from 1 byte to 1 GiB (the upload checks send one byte more than this). */
  static final NumberRange UPLOAD_MAX_BYTES = new NumberRange(1, 1L << 30, "bytes");
  /** {@code rateLimit.endpoints[].maxRequests}: from 1 to 100,000 requests in the burst. */
  static final NumberRange RATE_LIMIT_MAX_REQUESTS = new NumberRange(1, 100_000, "requests");

  /** The longest value (a scalar, after environment references are resolved), in characters: 8 KiB. */
  static final int MAX_VALUE_LENGTH = 8 * 1024;
  /** The longest key name, in characters. */
  static final int MAX_KEY_LENGTH = 128;

  private ValueLimits() {}

  /**
   * @param text a value as read
   * @return the text
   * @throws IllegalArgumentException saying its length and the cap when it is longer than {@link #MAX_VALUE_LENGTH}
   */
  static String checkLength(String text) {
    if (text.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(tooLong(text.length()));
    }
    return text;
  }

  /** @return the reason a value of {@code length} characters is refused */
  static String tooLong(int length) {
    return "the value is " + length + " characters long; a value is at most " + MAX_VALUE_LENGTH
        + " characters (8 KiB)";
  }

  /**
   * An inclusive range of durations.
   *
   * @param min the shortest allowed
   * @param max the longest allowed (the cap)
   */
  record DurationRange(Duration min, Duration max) {

    /**
     * @param text the value as written, quoted in the message
     * @param value the parsed value
     * @return the value
     * @throws IllegalArgumentException quoting the text and the range when it is outside
     */
    Duration check(String text, Duration value) {
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException("'" + text + "' is out of range: use from "
            + DurationValue.format(min) + " to " + DurationValue.format(max) + " (the cap)");
      }
      return value;
    }
  }

  /**
   * An inclusive range of whole numbers.
   *
   * @param min the least allowed
   * @param max the most allowed (the cap)
   * @param unit what is counted, for the message
   */
  record NumberRange(long min, long max, String unit) {

    /**
     * @param text the value as written
     * @return the number
     * @throws IllegalArgumentException quoting the text and the range when it is not a whole number inside it
     */
    long parse(String text) {
      long number;
      try {
        number = text.matches("[0-9]+") ? Long.parseLong(text) : Long.MIN_VALUE;
      } catch (NumberFormatException e) {
        number = Long.MAX_VALUE;
      }
      if (number == Long.MIN_VALUE) {
        throw new IllegalArgumentException("'" + text + "' is not a whole number; use from " + min + " to " + max
            + " " + unit);
      }
      if (number < min || number > max) {
        throw new IllegalArgumentException("'" + text + "' is out of range: use from " + min + " to " + max + " "
            + unit + " (the cap)");
      }
      return number;
    }
  }
}
