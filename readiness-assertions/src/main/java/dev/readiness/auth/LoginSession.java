package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.TargetSession;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The run's one login, shared by every check that needs a token: the first check to ask logs in with the profile's
 * real credentials (paced by the governor, whatever the check's mode) and the result (success or failure) is cached
 * in {@link CheckContext#shared()}, so a scan logs in once; only a check that consumes a token (refresh rotation)
 * uses one up. A test may
 * supply the tokens itself instead by putting a {@link TokenSource} under {@link TokenSource#SHARED_KEY} before the
 * run.
 *
 * @param attempt the login exchange, empty when the tokens came from a {@link TokenSource}
 * @param tokens the tokens, empty when the login failed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoginSession(Optional<LoginAttempt> attempt, Optional<IssuedTokens> tokens) {

  static final String SHARED_KEY = "dev.readiness.auth.LoginSession";

  /**
   * @param context the running check's context
   * @return the run's login, empty when the profile configures no {@code auth.login} and no token source was given
   * @throws dev.readiness.http.ProbeException when the login request cannot be sent (the check becomes ERROR)
   */
  public static Optional<LoginSession> of(CheckContext context) {
    return of(context.session(), context.http());
  }

  /**
   * The run's login, outside a check: the same cached login the checks share, sent (the first time) with
   * {@code http}.
   *
   * @param session the run's session, whose shared state caches the login
   * @param http the probe that sends the login request when it has not been sent yet
   * @return the run's login, empty when the profile configures no {@code auth.login} and no token source was given
   * @throws dev.readiness.http.ProbeException when the login request cannot be sent
   */
  public static Optional<LoginSession> of(TargetSession session, HttpProbe http) {
    TokenSource source = session.shared().computeIfAbsent(TokenSource.SHARED_KEY, TokenSource.class, () -> null);
    if (source != null) {
      return Optional.of(session.shared().computeIfAbsent(SHARED_KEY, LoginSession.class, () -> {
        IssuedTokens tokens = source.tokens();
        http.redactor().register(tokens.accessToken());
        tokens.refreshToken().ifPresent(http.redactor()::register);
        return new LoginSession(Optional.empty(), Optional.of(tokens));
      }));
    }
    Optional<Login> login = session.profile().auth().flatMap(auth -> auth.login());
    return login.map(l -> session.shared().computeIfAbsent(SHARED_KEY, LoginSession.class, () -> {
      LoginAttempt attempt = LoginClient.login(http, l);
      return new LoginSession(Optional.of(attempt), attempt.tokens());
    }));
  }

  /** @return why there is no token, naming the login exchange, for an ERROR outcome */
  public String failure() {
    return attempt.map(a -> "the login with the profile's credentials failed (" + a.exchange().summary()
        + "): expected 2xx with an access token; check auth.login in the profile")
        .orElse("the token source gave no token");
  }

  /**
   * @param url where to send
   * @param token the access token to present (the real one or a forged variant)
   * @param carrier the tokens whose transport (Bearer header or cookie) to use
   * @return a GET request presenting {@code token} the way the stack issued it
   */
  public static ProbeRequest authorizedGet(URI url, String token, IssuedTokens carrier) {
    return authorize(ProbeRequest.builder("GET", url), token, carrier).build();
  }

  /**
   * @param request the request being built
   * @param token the access token to present
   * @param carrier the tokens whose transport (Bearer header or cookie) to use
   * @return {@code request}, presenting {@code token} the way the stack issued it
   */
  public static ProbeRequest.Builder authorize(ProbeRequest.Builder request, String token, IssuedTokens carrier) {
    return carrier.cookieName().map(name -> request.header("Cookie", name + "=" + token))
        .orElseGet(() -> request.header("Authorization", "Bearer " + token));
  }

  /** @return a one-line summary of the login exchange, or where the tokens came from */
  public String source() {
    return attempt.map(a -> a.exchange().summary()).orElse("the test's token source");
  }

  /** @return the login exchange, when there was one */
  public Optional<HttpExchange> exchange() {
    return attempt.map(LoginAttempt::exchange);
  }
}
