package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What {@code ratelimit.login} saw: wrong passwords for one user sent one after another, stopped at the first
 * throttled answer, and, when none came, the correct password sent once more to detect a silent lockout.
 *
 * @param user the user the wrong passwords were sent for
 * @param budget the most wrong passwords that could be sent
 * @param attempts the answers to the wrong passwords in send order; the first is the credential rejection
 * @param correctAfter the correct login sent after the budget was spent unthrottled; empty when a wrong password
 *     was throttled
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoginGuesses(String user, int budget, List<HttpExchange> attempts, Optional<HttpExchange> correctAfter) {

  /** Statuses that mean "throttled or locked": 429 Too Many Requests, 423 Locked, 503 (nginx limit_req). */
  public static final List<Integer> THROTTLE_STATUSES = List.of(429, 423, 503);

  /** Copies the list; there is at least one attempt. */
  public LoginGuesses {
    attempts = List.copyOf(attempts);
    if (attempts.isEmpty()) {
      throw new IllegalArgumentException("at least one wrong password is sent");
    }
  }

  /** @return the answer to the first wrong password, the credential rejection the others are compared with */
  public HttpExchange rejection() {
    return attempts.get(0);
  }

  /**
   * @param answer an answer to a wrong password after the first
   * @param rejection the answer to the first wrong password
   * @return true when the answer is a limiter's: 429, 423 or 503; or a 403 (a WAF) where the first wrong password
   *     was not refused with 403, or that carries {@code Retry-After}
   */
  public static boolean isThrottle(HttpExchange answer, HttpExchange rejection) {
    if (THROTTLE_STATUSES.contains(answer.status())) {
      return true;
    }
    return answer.status() == 403 && (rejection.status() != 403 || answer.header("Retry-After").isPresent());
  }

  /**
   * @param answer an answer to a wrong password
   * @return true when it is a plain credential rejection: 400, 401 or 403 without {@code Retry-After}
   */
  public static boolean isCredentialRejection(HttpExchange answer) {
    return List.of(400, 401, 403).contains(answer.status()) && answer.header("Retry-After").isEmpty();
  }

  /** @return the first throttled answer to a wrong password, after the credential rejection */
  public Optional<HttpExchange> throttled() {
    return attempts.stream().skip(1).filter(answer -> isThrottle(answer, rejection())).findFirst();
  }

  /** @return how many wrong passwords were answered before the first throttled one (all of them when none was) */
  public int allowedBeforeThrottle() {
    return throttled().map(attempts::indexOf).orElse(attempts.size());
  }
}
