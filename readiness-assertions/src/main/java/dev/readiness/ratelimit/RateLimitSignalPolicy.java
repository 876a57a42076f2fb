package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code ratelimit.signal} rule: a limited response is 429 (RFC 6585) and tells the client when to come back
 * ({@code Retry-After}, {@code RateLimit}/{@code RateLimit-Policy} or {@code X-RateLimit-*}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitSignalPolicy {

  private RateLimitSignalPolicy() {}

  /**
   * @param limited the first limited response of a burst
   * @return a blocking finding for a status other than 429; a warning when no rate-limit header is sent
   */
  public static List<Finding> evaluate(HttpExchange limited) {
    List<Finding> findings = new ArrayList<>();
    if (limited.status() != 429) {
      findings.add(Finding.fail(limited.summary() + ": the limiter answers " + limited.status()
          + " instead of 429 Too Many Requests, so clients and monitoring read a throttle as an outage",
          "Answer 429: nginx limit_req_status 429; express-rate-limit statusCode 429; slowapi and Bucket4j do by "
              + "default"));
    }
    if (QuotaHeaders.of(limited.headers()).isEmpty()) {
      findings.add(Finding.warning(limited.summary() + " carries no Retry-After, RateLimit, RateLimit-Policy or "
          + "X-RateLimit-* header, so clients cannot tell when to retry",
          "Send Retry-After with the limited response (express-rate-limit standardHeaders: 'draft-8')"));
    }
    return findings;
  }
}
