package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.ProtectedPath;
import dev.readiness.auth.SessionTokens;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code auth.required}: the protected endpoint answers 401/403 without credentials and 2xx with them. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AuthRequiredCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "auth.required";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Protected endpoint requires authentication";
  }

  @Override
  public Category category() {
    return Category.AUTH;
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Outcome> skip = ProtectedPath.missing(context);
    if (skip.isPresent()) {
      return skip.get();
    }
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return session.instead().get();
    }
    IssuedTokens tokens = session.tokens().orElseThrow();
    HttpExchange control = ProtectedPath.get(context, tokens.accessToken(), tokens);
    Optional<Outcome> failed = ProtectedPath.controlFailed(context, control);
    if (failed.isPresent()) {
      return failed.get();
    }
    HttpExchange anonymous = context.http().get(context.profile().paths().protectedPath().orElseThrow());
    List<Finding> findings = anonymous.status() == 401 || anonymous.status() == 403 ? List.of()
        : List.of(Finding.fail(anonymous.summary() + " without credentials: expected 401 or 403, so the "
            + "endpoint is reachable without logging in", "put the endpoint behind the authentication middleware "
            + "and answer 401 when no valid token is presented"));
    return Outcome.of(anonymous.summary() + " without credentials and " + control.status() + " with the real token",
        findings, context.http().evidence());
  }
}
