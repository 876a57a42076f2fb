package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One endpoint that {@code ratelimit.api} bursts (an item of {@code rateLimit.endpoints}).
 *
 * @param path the endpoint
 * @param method the HTTP method in upper case (default {@code GET})
 * @param authenticated true to send the login's token (default false)
 * @param maxRequests the request budget of the burst (default {@value #DEFAULT_MAX_REQUESTS}),
 *     positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RateLimitEndpoint(String path, String method, boolean authenticated, int maxRequests) {

  /** The method when none is configured. */
  public static final String DEFAULT_METHOD = "GET";

  /** The request budget when none is configured. */
  public static final int DEFAULT_MAX_REQUESTS = 300;

  /**
   * Rejects null components and a non-positive budget.
   *
   * @param path the endpoint
   * @param method the HTTP method in upper case (default {@code GET})
   * @param authenticated true to send the login's token (default false)
   * @param maxRequests the request budget of the burst (default {@value #DEFAULT_MAX_REQUESTS}),
   *     positive
   */
  public RateLimitEndpoint {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(method, "method");
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be positive, was " + maxRequests);
    }
  }
}
