package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpHeaders;
import dev.readiness.http.LimiterHeaders;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The rate-limit signals of one response: {@code Retry-After}, the IETF draft {@code RateLimit} and
 * {@code RateLimit-Policy} structured fields, the draft-6 {@code RateLimit-Limit/-Remaining/-Reset} and the legacy
 * {@code X-RateLimit-*} headers, as they were sent.
 *
 * @param lines each present header as {@code Name: value}, in the order above; never null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QuotaHeaders(List<String> lines) {

  /** Copies the list. */
  public QuotaHeaders {
    lines = List.copyOf(lines);
  }

  /**
   * @param headers a response's headers
   * @return the rate-limit headers among them, as {@link LimiterHeaders} collects them
   */
  public static QuotaHeaders of(HttpHeaders headers) {
    return new QuotaHeaders(LimiterHeaders.of(headers).lines());
  }

  /** @return true when a quota header (not only {@code Retry-After}) is present */
  public boolean hasQuota() {
    return lines.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).contains("ratelimit"));
  }

  /** @return true when no rate-limit header at all is present */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** @return the headers joined with {@code ; }, or {@code no rate-limit headers} */
  @Override
  public String toString() {
    return lines.isEmpty() ? "no rate-limit headers" : String.join("; ", lines);
  }
}
