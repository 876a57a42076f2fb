package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.RateLimitedException;
import dev.readiness.profile.Credentials;
import dev.readiness.profile.Login;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code auth.default-credentials}: no common default pair logs in, while the real credentials do (control). The
 * profile's pairs are tried first, then {@link #BUILT_IN} shortest first. The probe waits out a login throttle's 429
 * when its {@code Retry-After} fits in the deadline; otherwise the check is ERROR naming the limiter and the untested
 * pairs.
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

  /** The built-in default pairs. */
  public static final List<Credentials> BUILT_IN = List.of("admin:admin", "admin:password", "root:root",
      "test:test", "user:user", "guest:guest", "demo:demo", "admin:123456", "admin:admin123", "root:toor",
      "admin:changeme", "administrator:administrator").stream().map(Credentials::parse).toList();

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
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Credentials pair = pairs.get(i);
      LoginAttempt attempt;
      try {
        attempt = LoginClient.attempt(context.http(), login.get(), pair);
      } catch (RateLimitedException e) {
        return Outcome.error(e.getMessage() + ". The login rate limiter stopped the test after " + i + " of "
            + pairs.size() + " pairs; untested: " + users(pairs.subList(i, pairs.size())), context.http().evidence());
      }
      if (attempt.succeeded()) {
        findings.add(Finding.fail(attempt.exchange().summary() + " with the default pair " + pair.user()
            + "/<redacted>: the stack logs it in, so anyone can", "remove or disable default accounts and force a "
            + "password change on first login"));
      }
    }
    return Outcome.of("none of " + pairs.size() + " default pairs logs in; the real credentials do", findings,
        context.http().evidence());
  }

  /** @return the profile's pairs, then the built-in ones shortest first, without duplicates or the real pair */
  static List<Credentials> pairs(List<Credentials> configured, Credentials real) {
    LinkedHashSet<Credentials> pairs = new LinkedHashSet<>(configured);
    BUILT_IN.stream()
        .sorted(Comparator.comparingInt(c -> c.user().length() + c.password().length()))
        .forEach(pairs::add);
    pairs.remove(real);
    return List.copyOf(pairs);
  }

  private static String users(List<Credentials> pairs) {
    return pairs.stream().map(c -> c.user() + "/<redacted>").toList().toString();
  }
}
