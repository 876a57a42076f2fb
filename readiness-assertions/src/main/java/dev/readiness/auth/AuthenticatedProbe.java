package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.TargetSession;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import org.apiguardian.api.API;

/**
 * A bounded {@link HttpProbe} logged in as the run's user: every request it sends presents the run's access token
 * the way the stack issued it (a {@code Bearer} header, or the cookie the login set). The login is the one the
 * checks share ({@link LoginSession}): the profile's {@code auth.login}, or a {@link TokenSource} the test supplied,
 * sent at most once per session. The token never appears in {@link #toString()} and is registered with the
 * probe's redactor, so evidence and messages show it redacted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AuthenticatedProbe {

  private final HttpProbe http;
  private final IssuedTokens tokens;

  private AuthenticatedProbe(HttpProbe http, IssuedTokens tokens) {
    this.http = http;
    this.tokens = tokens;
  }

  /**
   * Logs in (or reuses the session's login) and returns a probe that presents the access token.
   *
   * @param session the run's session, whose shared state caches the login
   * @param http the bounded probe to send the login (the first time) and every later request with
   * @return the logged-in probe
   * @throws ProbeException when the profile configures no {@code auth.login} and no token source was given, when
   *     the login request cannot be sent, or when the login answered without an access token; the message names
   *     the login exchange
   */
  public static AuthenticatedProbe login(TargetSession session, HttpProbe http) {
    LoginSession login = LoginSession.of(session, http).orElseThrow(() -> new ProbeException(
        "no login to use: the profile has no auth.login and the test put no TokenSource in the session's shared"
            + " resources"));
    IssuedTokens tokens = login.tokens().orElseThrow(() -> new ProbeException(login.failure()));
    return new AuthenticatedProbe(http, tokens);
  }

  /**
   * @param pathOrUrl a path such as {@code /api/rooms}, or an absolute URL on the target
   * @return the exchange of a GET presenting the access token
   * @throws ProbeException as {@link HttpProbe#send(ProbeRequest)} does
   */
  public HttpExchange get(String pathOrUrl) {
    return send(ProbeRequest.get(http.resolve(pathOrUrl)));
  }

  /**
   * Sends a request with the access token added to its headers, within the probe's budget and deadline.
   *
   * @param request what to send, without credentials
   * @return the exchange
   * @throws ProbeException as {@link HttpProbe#send(ProbeRequest)} does
   */
  public HttpExchange send(ProbeRequest request) {
    return http.send(LoginSession.authorize(request.toBuilder(), tokens.accessToken(), tokens).build());
  }

  /** @return the tokens presented (for a test that needs the refresh token or the cookie's name) */
  public IssuedTokens tokens() {
    return tokens;
  }

  /** @return the underlying probe, which sends without credentials */
  public HttpProbe probe() {
    return http;
  }

  @Override
  public String toString() {
    return "AuthenticatedProbe[" + http.target() + ", " + tokens + "]";
  }
}
