package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.SharedResources;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The login limiter's refusal as {@code auth.default-credentials} met it: the wrong pairs that were answered as bad
 * credentials, then the limiter's refusal (429 with its {@code Retry-After}). It is the same fact that
 * {@code ratelimit.login} looks for, so that check judges it instead of spending more login attempts.
 *
 * @param rejections the answers to the wrong pairs before the refusal, in send order; at least one
 * @param throttled the limiter's refusal
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ObservedLoginThrottle(List<HttpExchange> rejections, HttpExchange throttled) {

  static final String SHARED_KEY = "dev.readiness.auth.ObservedLoginThrottle";

  /** Copies the list; there is at least one rejection. */
  public ObservedLoginThrottle {
    rejections = List.copyOf(rejections);
    if (rejections.isEmpty()) {
      throw new IllegalArgumentException("a throttle is evidence only after a credential rejection");
    }
  }

  /**
   * @param shared the run's shared state
   * @return the throttle {@code auth.default-credentials} met in this run, if it met one
   */
  public static Optional<ObservedLoginThrottle> in(SharedResources shared) {
    return Optional.ofNullable(shared.computeIfAbsent(SHARED_KEY, ObservedLoginThrottle.class, () -> null));
  }

  void share(SharedResources shared) {
    shared.computeIfAbsent(SHARED_KEY, ObservedLoginThrottle.class, () -> this);
  }
}
