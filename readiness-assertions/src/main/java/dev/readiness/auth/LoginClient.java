package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Credentials;
import dev.readiness.profile.Login;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Logs in as the profile's {@code auth.login} says: the body template with {@code ${user}} and {@code ${password}}
 * filled in (JSON-escaped for a JSON body, URL-encoded for a form), tokens read by {@link TokenReader}. No redirect
 * is followed: a 3xx login is a failed attempt. The profile's password and the tokens are registered with the probe's
 * redactor (a built-in default pair or a deliberately wrong password is public, and stays readable). Every attempt
 * is counted by the session's governor (a login with the real credentials, or a wrong-password attempt).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoginClient {

  private LoginClient() {}

  /**
   * @param http the bounded probe to send with
   * @param login how to log in
   * @param credentials the pair to try
   * @return the attempt; its tokens are present only for a 2xx answer with an access token
   * @throws ProbeException when the request cannot be sent or a configured pointer is invalid
   */
  public static LoginAttempt attempt(HttpProbe http, Login login, Credentials credentials) {
    return attempt(http, login, credentials, Pace.SEND);
  }

  /**
   * Tries a pair as {@link #attempt} does, except that a spent quota of the login's own limiter does not hold the
   * attempt back: it meets the limiter's refusal, which is waited out ({@link HttpProbe#sendToRefusal}).
   *
   * @param http the bounded probe to send with
   * @param login how to log in
   * @param credentials the pair to try
   * @return the attempt; its tokens are present only for a 2xx answer with an access token
   * @throws ProbeException when the request cannot be sent or a configured pointer is invalid
   */
  public static LoginAttempt attemptToRefusal(HttpProbe http, Login login, Credentials credentials) {
    return attempt(http, login, credentials, Pace.TO_REFUSAL);
  }

  /**
   * Logs in with the profile's real credentials, paced by the session's governor and waiting out the login
   * limiter whatever the probe's mode: the login a check needs, never a probe of the limiter.
   *
   * @param http the bounded probe to send with
   * @param login how to log in
   * @return the attempt; its tokens are present only for a 2xx answer with an access token
   * @throws ProbeException when the request cannot be sent or a configured pointer is invalid
   */
  public static LoginAttempt login(HttpProbe http, Login login) {
    return attempt(http, login, login.credentials(), Pace.PACED);
  }

  /** How an attempt is sent. */
  private enum Pace { SEND, PACED, TO_REFUSAL }

  private static LoginAttempt attempt(HttpProbe http, Login login, Credentials credentials, Pace pace) {
    boolean real = credentials.equals(login.credentials());
    if (real) {
      http.redactor().registerCredentials(credentials.user(), credentials.password());
    }
    URI url = http.resolve(login.path());
    String body = fill(login.body(), login.contentType(), credentials);
    ProbeRequest request = ProbeRequest.builder("POST", url)
        .header("Accept", "application/json")
        .body(body, login.contentType())
        .build();
    http.governor().countLogin(real);
    HttpExchange exchange = switch (pace) {
      case SEND -> http.send(request);
      case PACED -> http.sendPaced(request);
      case TO_REFUSAL -> http.sendToRefusal(request);
    };
    return new LoginAttempt(exchange, tokens(http, exchange, login));
  }

  /**
   * @return the tokens of a 2xx response, registered with the probe's redactor; empty otherwise
   * @throws ProbeException when a configured pointer is invalid
   */
  static Optional<IssuedTokens> tokens(HttpProbe http, HttpExchange exchange, Login login) {
    if (!exchange.isSuccessful()) {
      return Optional.empty();
    }
    try {
      Optional<IssuedTokens> tokens = TokenReader.read(exchange.body(), exchange.headers(),
          login.accessToken().orElse(TokenReader.DEFAULT_ACCESS_POINTER), login.refreshToken());
      tokens.ifPresent(t -> {
        http.redactor().register(t.accessToken());
        t.refreshToken().ifPresent(http.redactor()::register);
      });
      return tokens;
    } catch (IllegalArgumentException e) {
      throw new ProbeException("auth.login: " + e.getMessage(), e);
    }
  }

  /** @return the template with each placeholder replaced by its value, encoded for the content type */
  static String fill(String template, String contentType, Credentials credentials) {
    boolean json = contentType.toLowerCase(Locale.ROOT).contains("json");
    return template.replace("${user}", encode(credentials.user(), json))
        .replace("${password}", encode(credentials.password(), json));
  }

  /** @return {@code value} JSON-escaped or URL-encoded */
  static String encode(String value, boolean json) {
    return json
        ? new String(JsonStringEncoder.getInstance().quoteAsString(value))
        : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
