package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apiguardian.api.API;

/** The RFC 9110 §10.2.3 {@code Retry-After} header: delay-seconds or an HTTP-date. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * @param value the header value, for example {@code 120} or {@code Wed, 21 Oct 2015 07:28:00 GMT}
   * @param now the time the response was received, for an HTTP-date
   * @return the delay (never negative), or empty when the value is neither form
   */
  public static Optional<Duration> parse(String value, Instant now) {
    String text = value.trim();
    if (text.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
