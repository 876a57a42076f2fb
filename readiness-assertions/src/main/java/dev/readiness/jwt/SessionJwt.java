package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.SessionTokens;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The run's access token read as a JWT, for the {@code jwt.*} checks, or the outcome the check must return
 * instead: what {@link SessionTokens} says when there are no tokens (SKIPPED without a login, ERROR when it failed),
 * and SKIPPED with the check's reason when the access token is opaque.
 *
 * @param tokens the tokens, present when {@code instead} is empty
 * @param jwt the access token parsed, present when {@code instead} is empty
 * @param instead the outcome to return when there is no JWT to judge
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionJwt(Optional<IssuedTokens> tokens, Optional<JwtToken> jwt, Optional<Outcome> instead) {

  /**
   * @param context the check's context; logs in first when no check has yet
   * @param whyOpaqueSkips what an opaque token means for the check, completing
   *     {@code "the access token is opaque (not a JWT), so ..."}
   * @return the tokens and the parsed access token, or the outcome to return instead
   */
  public static SessionJwt of(CheckContext context, String whyOpaqueSkips) {
    SessionTokens session = SessionTokens.of(context);
    if (session.instead().isPresent()) {
      return new SessionJwt(Optional.empty(), Optional.empty(), session.instead());
    }
    IssuedTokens tokens = session.tokens().orElseThrow();
    Optional<JwtToken> jwt = JwtToken.parse(tokens.accessToken());
    if (jwt.isEmpty()) {
      return new SessionJwt(Optional.empty(), Optional.empty(),
          Optional.of(Outcome.skipped("the access token is opaque (not a JWT), so " + whyOpaqueSkips)));
    }
    return new SessionJwt(Optional.of(tokens), jwt, Optional.empty());
  }
}
