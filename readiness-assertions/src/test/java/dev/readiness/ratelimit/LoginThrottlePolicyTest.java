package dev.readiness.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.TestExchanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code ratelimit.login} rule: what counts as a throttle, a lockout or a plain credential rejection. */
class LoginThrottlePolicyTest {

  private static final String URL = "https://api.example/login";

  private static HttpExchange answer(int status, String... headers) {
    return TestExchanges.get(URL, status, headers);
  }

  private static LoginGuesses guesses(int rejected, HttpExchange rejection, Optional<HttpExchange> last,
      Optional<HttpExchange> correctAfter) {
    List<HttpExchange> attempts = new ArrayList<>();
    for (int i = 0; i < rejected; i++) {
      attempts.add(rejection);
    }
    last.ifPresent(attempts::add);
    return new LoginGuesses("alice", 20, attempts, correctAfter);
  }

  @ParameterizedTest(name = "first {0}, then {1} (Retry-After: {2}) -> throttled {3}")
  @CsvSource({
      "401, 429, '', true",
      "401, 423, '', true",
      "401, 503, '', true",
      "400, 403, '', true",
      "401, 403, '', true",
      "403, 403, '', false",
      "403, 403, 30, true",
      "401, 401, '', false",
      "401, 400, '', false",
      "401, 500, '', false",
  })
  void tellsAThrottleFromTheLoginsNormalRefusal(int first, int later, String retryAfter, boolean throttle) {
    HttpExchange answer = retryAfter.isEmpty() ? answer(later) : answer(later, "Retry-After", retryAfter);

    assertThat(LoginGuesses.isThrottle(answer, answer(first))).isEqualTo(throttle);
  }

  @ParameterizedTest(name = "{0} (Retry-After: {1}) -> credential rejection {2}")
  @CsvSource({
      "401, '', true",
      "400, '', true",
      "403, '', true",
      "401, 60, false",
      "429, '', false",
      "200, '', false",
      "302, '', false",
  })
  void acceptsOnlyAPlainRefusalAsTheControl(int status, String retryAfter, boolean rejection) {
    HttpExchange answer = retryAfter.isEmpty() ? answer(status) : answer(status, "Retry-After", retryAfter);

    assertThat(LoginGuesses.isCredentialRejection(answer)).isEqualTo(rejection);
  }

  @Test
  void passesWhenAWrongPasswordIsThrottledAndReportsTheAttemptsAndHeaders() {
    LoginGuesses throttled = guesses(10, answer(401), Optional.of(answer(429, "Retry-After", "60",
        "RateLimit", "\"login\";r=0;t=60")), Optional.empty());

    assertThat(LoginThrottlePolicy.evaluate(throttled)).isEmpty();
    assertThat(throttled.allowedBeforeThrottle()).isEqualTo(10);
    assertThat(LoginThrottlePolicy.describe(throttled)).isEqualTo("throttled after 10 wrong passwords for alice "
        + "(401 each): wrong password 11 GET " + URL + " -> 429 with Retry-After: 60; RateLimit: \"login\";r=0;t=60");
  }

  @Test
  void passesASilentLockoutThatRefusesTheCorrectPasswordAfterTheGuesses() {
    LoginGuesses locked = guesses(20, answer(401), Optional.empty(), Optional.of(answer(401)));

    assertThat(LoginThrottlePolicy.evaluate(locked)).isEmpty();
    assertThat(LoginThrottlePolicy.locked(locked)).isTrue();
    assertThat(LoginThrottlePolicy.describe(locked)).isEqualTo("locked after 20 wrong passwords for alice: the "
        + "correct password is refused too (GET " + URL + " -> 401)");
  }

  @Test
  void failsWhenEveryGuessIsAnsweredAlikeAndTheCorrectPasswordStillLogsIn() {
    LoginGuesses open = guesses(20, answer(401), Optional.empty(), Optional.of(answer(200)));

    List<Finding> findings = LoginThrottlePolicy.evaluate(open);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.isBlocking()).isTrue();
      assertThat(f.message()).isEqualTo("sent 20 wrong passwords for alice to GET " + URL + ": every one was "
          + "answered like the first (401, no rate-limit headers), none with 429, 423 or 503; then the correct "
          + "password still logged in (GET " + URL + " -> 200), so nothing slows down password guessing");
      assertThat(f.fix()).contains("express-rate-limit", "slowapi", "Bucket4j", "limit_req zone=login");
    });
  }

  @Test
  void aServerErrorAfterTheGuessesIsNotALockout() {
    LoginGuesses broken = guesses(20, answer(401), Optional.empty(), Optional.of(answer(500)));

    assertThat(LoginThrottlePolicy.locked(broken)).isFalse();
  }
}
