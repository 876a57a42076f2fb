package dev.readiness.ratelimit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.LoginAttempt;
import dev.readiness.auth.LoginClient;
import dev.readiness.auth.LoginSession;
import dev.readiness.auth.ObservedLoginThrottle;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.LimiterHeaders;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Credentials;
import dev.readiness.profile.Login;
import dev.readiness.profile.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ratelimit.login}: wrong passwords for the profile's login user, at most {@code rateLimit.loginAttempts},
 * are throttled (429/423/503, or 403 from a WAF) or the account is locked within the budget.
 *
 * <p>Positive control: the run's shared login ({@link LoginSession}) succeeded, and the first wrong password, sent
 * once the login limiter's window has refilled, is refused as bad credentials (400/401/403 without
 * {@code Retry-After}). When {@code auth.default-credentials} already met the login limiter's refusal after wrong
 * pairs answered as bad credentials ({@link ObservedLoginThrottle}), that shared observation is judged instead and
 * no further login attempt is spent.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RateLimitLoginCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "ratelimit.login";

  /** The password sent as the wrong one. */
  static final String WRONG_PASSWORD = "readiness-wrong-password-7f3a";

  /** The most wrong passwords, the shared login, and the correct login after the guesses (one spare). */
  private static final ProbeLimits LIMITS = new ProbeLimits(RateLimit.MAX_LOGIN_ATTEMPTS + 3, Duration.ofSeconds(60));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Failed logins are throttled";
  }

  @Override
  public Category category() {
    return Category.RATE_LIMIT;
  }

  @Override
  public ProbeLimits limits() {
    return LIMITS;
  }

  @Override
  public Outcome run(CheckContext context) {
    if (!context.profile().rateLimit().login()) {
      return Outcome.skipped("rateLimit.login is not enabled in the stack profile");
    }
    Optional<Login> configured = context.profile().auth().flatMap(auth -> auth.login());
    Optional<LoginSession> session = LoginSession.of(context);
    if (configured.isEmpty() || session.isEmpty()) {
      return Outcome.skipped("auth.login is not configured in the stack profile, so there is no login to guess on");
    }
    if (session.get().tokens().isEmpty()) {
      return Outcome.error(session.get().failure(), context.http().evidence());
    }
    Login login = configured.get();
    HttpProbe http = context.http();
    int budget = context.profile().rateLimit().loginAttempts();
    Optional<LoginGuesses> observed = ObservedLoginThrottle.in(context.shared())
        .flatMap(seen -> asGuesses(seen, budget));
    if (observed.isPresent()) {
      observed.get().attempts().forEach(http::cite);
      return Outcome.of(LoginThrottlePolicy.describe(observed.get()) + " (observed by auth.default-credentials in "
          + "this scan; no further login attempt spent)", LoginThrottlePolicy.evaluate(observed.get()),
          http.evidence());
    }
    http.awaitRefill(ProbeRequest.builder("POST", http.resolve(login.path())).build());
    LoginGuesses guesses = guess(http, login, budget);
    HttpExchange rejection = guesses.rejection();
    if (!LoginGuesses.isCredentialRejection(rejection)) {
      return Outcome.error("the first wrong password for " + login.user() + " was answered " + rejection.summary()
          + " with " + LimiterHeaders.of(rejection.headers()) + ", not with a credential rejection (400, 401 or "
          + "403 without Retry-After), so the check cannot tell a throttle from the login's normal answer",
          http.evidence());
    }
    Optional<HttpExchange> after = guesses.correctAfter();
    if (after.isPresent() && !after.get().isSuccessful() && !LoginThrottlePolicy.locked(guesses)) {
      return Outcome.error("the correct login after " + guesses.attempts().size() + " wrong passwords answered "
          + after.get().summary() + ", which is neither a login nor a lockout", http.evidence());
    }
    return Outcome.of(LoginThrottlePolicy.describe(guesses), LoginThrottlePolicy.evaluate(guesses),
        http.evidence());
  }

  /** @return the default-credential pairs' rejections and the throttle, when they are a throttle within the budget */
  private static Optional<LoginGuesses> asGuesses(ObservedLoginThrottle seen, int budget) {
    List<HttpExchange> attempts = new ArrayList<>(seen.rejections());
    attempts.add(seen.throttled());
    if (seen.rejections().size() > budget || !LoginGuesses.isCredentialRejection(attempts.get(0))
        || !LoginGuesses.isThrottle(seen.throttled(), attempts.get(0))) {
      return Optional.empty();
    }
    return Optional.of(new LoginGuesses("the default-credential users", budget, attempts, Optional.empty()));
  }

  /** Sends wrong passwords until one is throttled or the budget is spent; then the correct one, if unthrottled. */
  private static LoginGuesses guess(HttpProbe http, Login login, int budget) {
    Credentials wrong = new Credentials(login.user(),
        WRONG_PASSWORD.equals(login.password()) ? WRONG_PASSWORD + "-2" : WRONG_PASSWORD);
    List<HttpExchange> attempts = new ArrayList<>();
    attempts.add(LoginClient.attempt(http, login, wrong).exchange());
    if (!LoginGuesses.isCredentialRejection(attempts.get(0))) {
      return new LoginGuesses(login.user(), budget, attempts, Optional.empty());
    }
    while (attempts.size() < budget) {
      HttpExchange answer = LoginClient.attempt(http, login, wrong).exchange();
      attempts.add(answer);
      if (LoginGuesses.isThrottle(answer, attempts.get(0))) {
        return new LoginGuesses(login.user(), budget, attempts, Optional.empty());
      }
    }
    HttpExchange correct = LoginClient.attempt(http, login, login.credentials()).exchange();
    return new LoginGuesses(login.user(), budget, attempts, Optional.of(correct));
  }
}
