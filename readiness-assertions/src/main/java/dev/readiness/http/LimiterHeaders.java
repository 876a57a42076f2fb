package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rate-limit headers of one response, as they were sent: {@code Retry-After}, the IETF draft {@code RateLimit}
 * and {@code RateLimit-Policy} fields, the draft-6 {@code RateLimit-Limit/-Remaining/-Reset} and the legacy
 * {@code X-RateLimit-*} headers; and the RFC 9110 §10.2.3 reading of {@code Retry-After}.
 *
 * @param lines each present header as {@code Name: value}, in the order of {@link #NAMES}; never null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LimiterHeaders(List<String> lines) {

  /** The headers collected, in this order. */
  public static final List<String> NAMES = List.of("Retry-After", "RateLimit", "RateLimit-Policy",
      "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining",
      "X-RateLimit-Reset");

  /** Copies the list. */
  public LimiterHeaders {
    lines = List.copyOf(lines);
  }

  /**
   * @param headers a response's headers
   * @return the rate-limit headers among them
   */
  public static LimiterHeaders of(HttpHeaders headers) {
    List<String> found = new ArrayList<>();
    for (String name : NAMES) {
      headers.first(name).ifPresent(value -> found.add(name + ": " + value));
    }
    return new LimiterHeaders(found);
  }

  /**
   * @param exchange a response
   * @return true when it is a rate limiter's refusal: 429, or 503 with {@code Retry-After}
   */
  public static boolean isRefusal(HttpExchange exchange) {
    return exchange.status() == 429 || exchange.status() == 503 && exchange.header("Retry-After").isPresent();
  }

  /**
   * @param value a {@code Retry-After} value: delay-seconds such as {@code 120}, or an HTTP-date such as
   *     {@code Wed, 21 Oct 2015 07:28:00 GMT}
   * @param now the time the response was received, for an HTTP-date
   * @return the delay (never negative), or empty when the value is neither form
   */
  public static Optional<Duration> retryAfter(String value, Instant now) {
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

  /** @return the headers joined with {@code ; }, or {@code no rate-limit headers} */
  @Override
  public String toString() {
    return lines.isEmpty() ? "no rate-limit headers" : String.join("; ", lines);
  }
}
