package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Expectations on the session's lifetime (profile section {@code session}), judged by {@code auth.session-lifetime}.
 *
 * @param maxLifetime the longest a refresh token or session cookie may live; 30 days by default
 * @param idleTimeout where the refresh token is opaque: after this long unused, the refresh endpoint must refuse it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Session(Duration maxLifetime, Optional<Duration> idleTimeout) {

  /** The bound when none is configured. */
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofDays(30);

  /** The longest idle timeout the check waits out: it holds a run for that long. */
  public static final Duration MAX_IDLE_TIMEOUT = Duration.ofMinutes(5);

  /** The defaults: 30 days, no idle timeout. */
  public static final Session DEFAULT = new Session(DEFAULT_MAX_LIFETIME, Optional.empty());

  /** Rejects null components. */
  public Session {
    Objects.requireNonNull(maxLifetime, "maxLifetime");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
  }
}
