package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How long one credential of the session lives, as the stack issued it.
 *
 * @param credential what it is, for messages: {@code the refresh token}, {@code cookie 'sid'}
 * @param lifetime how long it lives; empty when nothing bounds it
 * @param source where the lifetime comes from: {@code exp - iat}, {@code Max-Age=604800}, {@code no exp claim}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionLifetime(String credential, Optional<Duration> lifetime, String source) {

  /** Rejects null components. */
  public SessionLifetime {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(source, "source");
  }
}
