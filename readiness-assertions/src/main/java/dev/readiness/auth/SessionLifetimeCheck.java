package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.cookies.SetCookie;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeLimits;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import dev.readiness.profile.Refresh;
import dev.readiness.profile.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code auth.session-lifetime}: the session the login opens has a bounded lifetime, at most
 * {@code session.maxLifetime} (30 days by default). Judged from the refresh token's {@code exp} when it is a JWT and
 * from the {@code Max-Age}/{@code Expires} of the cookies the login sets; where neither says anything (an opaque
 * refresh token, browser-session cookies) and {@code session.idleTimeout} and {@code auth.refresh} are configured, a
 * fresh login's refresh token is used once (positive control: accepted), left unused for the idle timeout, and must
 * then be refused.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SessionLifetimeCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "auth.session-lifetime";

  /** Added to the idle timeout before the refresh token is tried again. */
  static final Duration IDLE_MARGIN = Duration.ofSeconds(1);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Sessions have a bounded lifetime";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(10, Session.MAX_IDLE_TIMEOUT.plusSeconds(60));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Login> login = context.profile().auth().flatMap(auth -> auth.login());
    if (login.isEmpty()) {
      return Outcome.skipped("auth.login is not configured in the profile, so there is no session to judge");
    }
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    IssuedTokens tokens = session.tokens().orElseThrow();
    Instant issuedAt = tokens.issuedAt().orElseGet(Instant::now);
    List<SessionLifetime> lifetimes = new ArrayList<>();
    tokens.refreshToken().flatMap(token -> SessionLifetimePolicy.ofRefreshToken(token, issuedAt))
        .ifPresent(lifetimes::add);
    LoginSession.of(context).flatMap(LoginSession::attempt).ifPresent(attempt -> attempt.exchange().headers()
        .all("Set-Cookie").stream().flatMap(header -> SetCookie.parse(header).stream())
        .filter(cookie -> !cookie.deletes())
        .forEach(cookie -> SessionLifetimePolicy.ofCookie(cookie, issuedAt).ifPresent(lifetimes::add)));
    Session bound = context.profile().session();
    if (!lifetimes.isEmpty()) {
      List<Finding> findings = SessionLifetimePolicy.evaluate(lifetimes, bound.maxLifetime());
      return Outcome.of(findings.isEmpty() ? SessionLifetimePolicy.passMessage(lifetimes, bound.maxLifetime()) : "",
          findings, context.http().evidence());
    }
    Optional<Refresh> refresh = context.profile().auth().flatMap(auth -> auth.refresh());
    if (bound.idleTimeout().isEmpty() || refresh.isEmpty()) {
      return Outcome.skipped("the login issued no JWT refresh token and no cookie with Max-Age or Expires, so the "
          + "session's lifetime cannot be read: set session.idleTimeout (a short one in the test stack) and "
          + "auth.refresh to test that an idle refresh token is refused");
    }
    return idle(context, login.get(), refresh.get(), bound.idleTimeout().get());
  }

  private static Outcome idle(CheckContext context, Login login, Refresh refresh, Duration idleTimeout) {
    LoginAttempt fresh = LoginClient.attempt(context.http(), login, login.credentials());
    Optional<String> token = fresh.tokens().flatMap(IssuedTokens::refreshToken);
    if (token.isEmpty()) {
      return Outcome.error(fresh.exchange().summary() + " on a fresh login: expected 2xx with a refresh token at "
          + "auth.login.refreshToken", context.http().evidence());
    }
    HttpExchange first = refresh(context, login, refresh, token.get());
    Optional<IssuedTokens> renewed = LoginClient.tokens(context.http(), first, login);
    if (renewed.isEmpty()) {
      return Outcome.error(first.summary() + " on the first use of a fresh refresh token: expected 2xx with a new "
          + "access token (positive control)", context.http().evidence());
    }
    String idleToken = renewed.get().refreshToken().orElse(token.get());
    try {
      Thread.sleep(idleTimeout.plus(IDLE_MARGIN).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.error("interrupted while waiting out session.idleTimeout", context.http().evidence());
    }
    HttpExchange idle = refresh(context, login, refresh, idleToken);
    String waited = SessionLifetimePolicy.describe(idleTimeout.plus(IDLE_MARGIN));
    List<Finding> findings = idle.isSuccessful() ? List.of(Finding.fail(idle.summary() + " on a refresh token "
        + "left unused for " + waited + ", past the " + SessionLifetimePolicy.describe(idleTimeout)
        + " session.idleTimeout: expected 401, so an abandoned session never ends", SessionLifetimePolicy.FIX))
        : List.of();
    return Outcome.of(first.status() + " on the first refresh, " + idle.status() + " after " + waited + " unused: "
        + "the refresh token expires when idle", findings, context.http().evidence());
  }

  private static HttpExchange refresh(CheckContext context, Login login, Refresh refresh, String token) {
    boolean json = login.contentType().toLowerCase(Locale.ROOT).contains("json");
    return context.http().send(ProbeRequest.builder("POST", context.http().resolve(refresh.path()))
        .header("Accept", "application/json")
        .body(refresh.body().replace("${refreshToken}", LoginClient.encode(token, json)), login.contentType())
        .build());
  }
}
