package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code ratelimit.login} rule: wrong passwords for one user are throttled (429/423/503, or 403 from a WAF)
 * within the budget, or the account is locked (the correct password is refused after them).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoginThrottlePolicy {

  /** The answers to the correct password that show a locked account. */
  public static final List<Integer> LOCKED_STATUSES = List.of(401, 403, 423, 429, 503);

  private LoginThrottlePolicy() {}

  /**
   * @param guesses the wrong passwords and, when none was throttled, the correct login after them
   * @return a blocking finding when neither a throttle nor a lockout stopped the guessing
   */
  public static List<Finding> evaluate(LoginGuesses guesses) {
    if (guesses.throttled().isPresent() || locked(guesses)) {
      return List.of();
    }
    String after = guesses.correctAfter().map(e -> "; then the correct password still logged in (" + e.summary()
        + ")").orElse("");
    return List.of(Finding.fail("sent " + guesses.attempts().size() + " wrong passwords for " + guesses.user()
        + " to " + guesses.rejection().request().method() + " " + guesses.rejection().url() + ": every one was "
        + "answered like the first (" + guesses.rejection().status() + ", " + QuotaHeaders.of(
            guesses.rejection().headers()) + "), none with 429, 423 or 503" + after + ", so nothing slows down "
        + "password guessing",
        "Throttle failed logins per user and address: express-rate-limit or rate-limiter-flexible on the login "
            + "route, slowapi @limiter.limit(\"5/minute\") (FastAPI), Spring Security with Bucket4j or a lockout "
            + "AuthenticationFailureHandler, nginx limit_req zone=login rate=5r/m burst=5 limit_req_status 429"));
  }

  /**
   * @param guesses what the check saw
   * @return the one-line description of how the guessing was stopped
   */
  public static String describe(LoginGuesses guesses) {
    Optional<HttpExchange> throttled = guesses.throttled();
    if (throttled.isPresent()) {
      return "throttled after " + guesses.allowedBeforeThrottle() + " wrong passwords for " + guesses.user()
          + " (" + guesses.rejection().status() + " each): wrong password " + (guesses.allowedBeforeThrottle() + 1)
          + " " + throttled.get().summary() + " with " + QuotaHeaders.of(throttled.get().headers());
    }
    return "locked after " + guesses.attempts().size() + " wrong passwords for " + guesses.user() + ": the correct "
        + "password is refused too (" + guesses.correctAfter().map(HttpExchange::summary).orElse("?") + ")";
  }

  /**
   * @param guesses what the check saw
   * @return true when the correct password sent after the unthrottled guesses was refused as a locked account is:
   *     401, 403, 423, 429 or 503
   */
  public static boolean locked(LoginGuesses guesses) {
    return guesses.correctAfter().filter(correct -> LOCKED_STATUSES.contains(correct.status())).isPresent();
  }
}
