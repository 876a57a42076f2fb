package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.LimiterHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/** The RFC 9110 §10.2.3 {@code Retry-After} header: delay-seconds or an HTTP-date, read by {@link LimiterHeaders}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * @param value the header value, for example {@code 120} or {@code Wed, 21 Oct 2015 07:28:00 GMT}
   * @param now the time the response was received, for an HTTP-date
   * @return the delay (never negative), or empty when the value is neither form
   */
  public static Optional<Duration> parse(String value, Instant now) {
    return LimiterHeaders.retryAfter(value, now);
  }
}
