package dev.readiness.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads a {@code Retry-After} value: delay seconds or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {}

  /** @return the delay, empty when the value is neither form or lies in the past */
  static Optional<Duration> parse(String value) {
    String text = value.trim();
    if (text.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    return TokenReader.httpDate(text).map(date -> Duration.between(Instant.now(), date))
        .filter(d -> !d.isNegative());
  }
}
