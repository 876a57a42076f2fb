package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Tokens supplied by the test instead of the profile's {@code auth.login}, for stacks whose login cannot be
 * described by a body template (SSO, a client-credentials flow, tokens the team's own test code already obtains).
 * Put one into the run's shared resources under {@link #SHARED_KEY} before the checks run.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TokenSource {

  /** The key under which {@link LoginSession} looks for a token source in the run's shared resources. */
  String SHARED_KEY = "dev.readiness.auth.TokenSource";

  /** @return fresh tokens for a legitimate user; called at most once per run */
  IssuedTokens tokens();
}
