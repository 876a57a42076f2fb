package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
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

  private static final List<String> NAMES = List.of("Retry-After", "RateLimit", "RateLimit-Policy",
      "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining",
      "X-RateLimit-Reset");

  /** Copies the list. */
  public QuotaHeaders {
    lines = List.copyOf(lines);
  }

  /**
   * @param headers a response's headers
   * @return the rate-limit headers among them
   */
  public static QuotaHeaders of(HttpHeaders headers) {
    List<String> found = new ArrayList<>();
    for (String name : NAMES) {
      headers.first(name).ifPresent(value -> found.add(name + ": " + value));
    }
    return new QuotaHeaders(found);
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
