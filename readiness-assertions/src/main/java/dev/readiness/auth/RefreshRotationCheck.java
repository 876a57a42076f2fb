package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.Refusal;
import dev.readiness.profile.Login;
import dev.readiness.profile.Refresh;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code auth.refresh-rotation}: a refresh token works once (control) and its second use is refused (a 4xx, by
 * {@link Refusal}); a 5xx, 408, 429 or redirect on reuse is ERROR, never PASS.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RefreshRotationCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "auth.refresh-rotation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Refresh tokens rotate";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Refresh> refresh = context.profile().auth().flatMap(auth -> auth.refresh());
    Optional<Login> login = context.profile().auth().flatMap(auth -> auth.login());
    if (refresh.isEmpty() || login.isEmpty()) {
      return Outcome.skipped("auth.refresh or auth.login is not configured in the profile, so there is no refresh "
          + "flow to test");
    }
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    Optional<String> refreshToken = session.tokens().orElseThrow().refreshToken();
    if (refreshToken.isEmpty()) {
      return Outcome.error("the login response carried no refresh token at auth.login.refreshToken, so rotation "
          + "cannot be tested", context.http().evidence());
    }
    HttpExchange first = use(context, refresh.get(), login.get(), refreshToken.get());
    if (LoginClient.tokens(context.http(), first, login.get()).isEmpty()) {
      return Outcome.error(first.summary() + " on the first use of a fresh refresh token: expected 2xx with a new "
          + "access token (positive control)", context.http().evidence());
    }
    HttpExchange second = use(context, refresh.get(), login.get(), refreshToken.get());
    Refusal reuse = Refusal.of(second);
    if (reuse == Refusal.REDIRECTED || reuse == Refusal.NO_ANSWER) {
      return Outcome.error(second.summary() + " on the second use of the same refresh token"
          + Refusal.explain(second.status()) + ": expected 401 (rejected) or 2xx (accepted), so the check cannot "
          + "tell whether the stack revokes a used refresh token or only failed to answer", context.http().evidence());
    }
    List<Finding> findings = reuse == Refusal.ACCEPTED
        ? List.of(Finding.fail(second.summary() + " on the second use of the same refresh token: expected 401, so "
            + "a stolen refresh token keeps working after the user refreshed", "revoke a refresh token when it is "
            + "used and issue a new one with each refresh (and revoke the family when a used one comes back)"))
        : List.of();
    return Outcome.of(first.summary() + " on first use, " + second.status() + " on reuse", findings,
        context.http().evidence());
  }

  private static HttpExchange use(CheckContext context, Refresh refresh, Login login, String token) {
    boolean json = login.contentType().toLowerCase(java.util.Locale.ROOT).contains("json");
    String body = refresh.body().replace("${refreshToken}", LoginClient.encode(token, json));
    return context.http().send(ProbeRequest.builder("POST", context.http().resolve(refresh.path()))
        .header("Accept", "application/json")
        .body(body, login.contentType())
        .build());
  }
}
