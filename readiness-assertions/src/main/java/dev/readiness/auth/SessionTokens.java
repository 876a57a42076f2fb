package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The run's tokens for a check that needs them, or the outcome the check must return instead: SKIPPED when no
 * login is configured, ERROR when the login failed (rule 1: a stack that rejects the real user never passes).
 *
 * @param tokens the tokens, present when {@code instead} is empty
 * @param instead the outcome to return when there are no tokens
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionTokens(Optional<IssuedTokens> tokens, Optional<Outcome> instead) {

  /** @return the run's tokens, logging in first when no check has yet */
  public static SessionTokens of(CheckContext context) {
    Optional<LoginSession> session = LoginSession.of(context);
    if (session.isEmpty()) {
      return new SessionTokens(Optional.empty(), Optional.of(Outcome.skipped(
          "auth.login is not configured in the profile and no TokenSource was given, so there is no token")));
    }
    if (session.get().tokens().isEmpty()) {
      return new SessionTokens(Optional.empty(),
          Optional.of(Outcome.error(session.get().failure(), context.http().evidence())));
    }
    return new SessionTokens(session.get().tokens(), Optional.empty());
  }
}
