package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where to probe rate limiting (profile section {@code rateLimit}).
 *
 * @param endpoints endpoints for {@code ratelimit.api}; never null, possibly empty
 * @param login true to probe {@code ratelimit.login} on the configured login (default false)
 * @param loginAttempts the most wrong passwords {@code ratelimit.login} sends (key {@code loginAttempts}, default
 *     {@value #DEFAULT_LOGIN_ATTEMPTS}, at most {@value #MAX_LOGIN_ATTEMPTS})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RateLimit(List<RateLimitEndpoint> endpoints, boolean login, int loginAttempts) {

  /** The wrong passwords {@code ratelimit.login} sends when none is configured. */
  public static final int DEFAULT_LOGIN_ATTEMPTS = 20;

  /** The most wrong passwords that can be configured: ASVS V2.2.1 tolerates up to 100 failed logins an hour. */
  public static final int MAX_LOGIN_ATTEMPTS = 100;

  /**
   * Copies the list and checks the login budget.
   *
   * @param endpoints endpoints for {@code ratelimit.api}; never null, possibly empty
   * @param login true to probe {@code ratelimit.login} on the configured login (default false)
   * @param loginAttempts the most wrong passwords {@code ratelimit.login} sends, 1 to
   *     {@value #MAX_LOGIN_ATTEMPTS}
   */
  public RateLimit {
    endpoints = List.copyOf(endpoints);
    if (loginAttempts < 1 || loginAttempts > MAX_LOGIN_ATTEMPTS) {
      throw new IllegalArgumentException("loginAttempts must be between 1 and " + MAX_LOGIN_ATTEMPTS + ", was "
          + loginAttempts);
    }
  }

  /**
   * The section with the default login budget of {@value #DEFAULT_LOGIN_ATTEMPTS} wrong passwords.
   *
   * @param endpoints endpoints for {@code ratelimit.api}; never null, possibly empty
   * @param login true to probe {@code ratelimit.login} on the configured login
   */
  public RateLimit(List<RateLimitEndpoint> endpoints, boolean login) {
    this(endpoints, login, DEFAULT_LOGIN_ATTEMPTS);
  }
}
