package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where to probe rate limiting (profile section {@code rateLimit}).
 *
 * @param endpoints endpoints for {@code ratelimit.api}; never null, possibly empty
 * @param login true to probe {@code ratelimit.login} on the configured login (default false)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RateLimit(List<RateLimitEndpoint> endpoints, boolean login) {

  /**
   * Copies the list.
   *
   * @param endpoints endpoints for {@code ratelimit.api}; never null, possibly empty
   * @param login true to probe {@code ratelimit.login} on the configured login (default false)
   */
  public RateLimit {
    endpoints = List.copyOf(endpoints);
  }
}
