package dev.readiness.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles password guessing per client address: after {@value #MAX_FAILURES} failed logins in a row, the client's
 * logins are refused with 429 and {@code Retry-After} for {@link #LOCKOUT}; then the count starts again. A
 * successful login clears the count.
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 10;
  static final Duration LOCKOUT = Duration.ofSeconds(1);

  private final Clock clock;
  private final Map<String, Failures> failuresByClient = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** @throws ApiError 429 with a retry delay while {@code client} is locked out */
  void requireAllowed(String client) throws ApiError {
    Failures failures = failuresByClient.get(client);
    if (failures == null || failures.count() < MAX_FAILURES) {
      return;
    }
    Instant now = clock.instant();
    if (now.isBefore(failures.last().plus(LOCKOUT))) {
      throw ApiError.tooManyRequests("too many failed logins", LOCKOUT);
    }
    failuresByClient.remove(client, failures);
  }

  /** Counts one failed login of {@code client}. */
  void failed(String client) {
    Instant now = clock.instant();
    failuresByClient.merge(client, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
  }

  /** Clears the failures of {@code client}. */
  void succeeded(String client) {
    failuresByClient.remove(client);
  }

  private record Failures(int count, Instant last) {}
}
