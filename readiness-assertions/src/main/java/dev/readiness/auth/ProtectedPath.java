package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The profile's protected endpoint ({@code paths.protected}) and the positive control every token check starts
 * with: the real token must be accepted there.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProtectedPath {

  private ProtectedPath() {}

  /** @return the SKIPPED outcome when {@code paths.protected} is missing, else empty */
  public static Optional<Outcome> missing(CheckContext context) {
    return context.profile().paths().protectedPath().isPresent() ? Optional.empty()
        : Optional.of(Outcome.skipped("paths.protected is not configured in the profile, so there is no endpoint "
            + "to present tokens to"));
  }

  /** @return the GET of the protected path with {@code token}, sent the way the stack issued {@code tokens} */
  public static HttpExchange get(CheckContext context, String token, IssuedTokens tokens) {
    String path = context.profile().paths().protectedPath().orElseThrow();
    return context.http().send(LoginSession.authorizedGet(context.http().resolve(path), token, tokens));
  }

  /** @return the ERROR outcome when the real token was not accepted (failed control), else empty */
  public static Optional<Outcome> controlFailed(CheckContext context, HttpExchange control) {
    return control.isSuccessful() ? Optional.empty() : Optional.of(Outcome.error(control.summary()
        + " with the real access token: expected 2xx (positive control), so the check cannot judge the stack",
        context.http().evidence()));
  }
}
