package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.Credentials;
import dev.readiness.profile.Login;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code auth.default-credentials}: no common default pair logs in, while the real credentials do (control). The
 * profile's pairs are tried first, then {@link #BUILT_IN}, most likely first. Every pair is tried: behind a login
 * limiter the probe waits its refusals out within the scan's wait budget ({@code target.maxWait}). A pair is sent
 * even when the login limiter's quota headers say it is spent ({@link LoginClient#attemptToRefusal}), so that the
 * limiter's refusal, after the wrong pairs answered as bad credentials, is seen here and shared with
 * {@code ratelimit.login} ({@link ObservedLoginThrottle}) instead of being provoked again with more wrong
 * passwords. The check never passes with untried pairs: when the budget cannot cover them, or
 * a pair is answered with a 5xx, a reset or no answer (none of which is a refusal), it is ERROR listing the untried
 * pairs (passwords redacted). The first pair that logs in is a FAIL at once: one is enough, and the rest would
 * only spend login attempts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DefaultCredentialsCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "auth.default-credentials";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No default credentials";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  /** The built-in default pairs, most likely first. */
  public static final List<Credentials> BUILT_IN = List.of("admin:admin", "admin:password", "admin:123456",
      "root:root", "root:toor", "admin:admin123", "admin:changeme", "test:test", "user:user", "guest:guest",
      "demo:demo", "administrator:administrator").stream().map(Credentials::parse).toList();

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(60, Duration.ofSeconds(40));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Login> login = context.profile().auth().flatMap(auth -> auth.login());
    if (login.isEmpty()) {
      return Outcome.skipped("auth.login is not configured in the profile, so there is no login to try pairs on");
    }
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    List<Credentials> pairs = pairs(context.profile().auth().orElseThrow().defaultCredentials(),
        login.get().credentials());
    HttpProbe http = context.http();
    List<HttpExchange> answers = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Credentials pair = pairs.get(i);
      int refusalsBefore = http.refusalsWaitedOut().size();
      LoginAttempt attempt;
      try {
        attempt = LoginClient.attemptToRefusal(http, login.get(), pair);
      } catch (ProbeException e) {
        return Outcome.error(e.getMessage() + ". " + untried(pairs, i), http.evidence());
      }
      if (refusalsBefore == 0 && !http.refusalsWaitedOut().isEmpty() && !answers.isEmpty()) {
        new ObservedLoginThrottle(answers, http.refusalsWaitedOut().get(0)).share(context.shared());
      }
      HttpExchange answer = attempt.exchange();
      answers.add(answer);
      if (answer.status() >= 500) {
        return Outcome.error(answer.summary() + " for the default pair " + pair.user() + "/<redacted>: a 5xx is "
            + "not a refusal (the login crashed or its backend is down), so the check cannot tell whether the pair "
            + "logs in. " + untried(pairs, i), http.evidence());
      }
      if (attempt.succeeded()) {
        Finding loggedIn = Finding.fail(answer.summary() + " with the default pair " + pair.user()
            + "/<redacted>: the stack logs it in, so anyone can (pair " + (i + 1) + " of " + pairs.size()
            + "; one pair that logs in is enough, so the rest were not tried)", "remove or disable default "
            + "accounts and force a password change on first login");
        return Outcome.of(loggedIn.message(), List.of(loggedIn), http.evidence());
      }
    }
    String waited = http.refusalsWaitedOut().isEmpty() ? ""
        : " (the login limiter refused " + times(http.refusalsWaitedOut().size()) + " and was waited out)";
    return Outcome.of("none of " + pairs.size() + " default pairs logs in; the real credentials do" + waited,
        List.of(), http.evidence());
  }

  /** @return the profile's pairs, then the built-in ones most likely first, without duplicates or the real pair */
  static List<Credentials> pairs(List<Credentials> configured, Credentials real) {
    LinkedHashSet<Credentials> pairs = new LinkedHashSet<>(configured);
    pairs.addAll(BUILT_IN);
    pairs.remove(real);
    return List.copyOf(pairs);
  }

  private static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }

  private static String untried(List<Credentials> pairs, int from) {
    return "auth.default-credentials tried " + from + " of " + pairs.size() + " pairs and never passes with untried "
        + "pairs; untried: " + pairs.subList(from, pairs.size()).stream().map(c -> c.user() + "/<redacted>").toList()
        + ". Raise target.maxWait when the login limiter's wait did not fit";
  }
}
