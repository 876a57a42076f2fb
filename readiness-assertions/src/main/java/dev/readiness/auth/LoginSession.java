package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One login with the profile's {@code auth.login}: the request is the body template with {@code ${user}} and
 * {@code ${password}} replaced (JSON-escaped for a JSON body, URL-encoded for a form), POSTed to the login path.
 * The password, and the tokens the response carries, are registered with the probe's redactor before anything is
 * sent or shown. The session keeps the response as it came, so checks can read its cookies and tokens.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoginSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Login login;
  private final HttpExchange response;

  private LoginSession(Login login, HttpExchange response) {
    this.login = login;
    this.response = response;
  }

  /**
   * Logs in once.
   *
   * @param http the probe to send with; its redactor learns the password and the tokens
   * @param login the profile's {@code auth.login}
   * @return the session, whatever the status; see {@link #isSuccessful()}
   * @throws dev.readiness.http.ProbeException when no answer came
   */
  public static LoginSession login(HttpProbe http, Login login) {
    Objects.requireNonNull(login, "login");
    http.redactor().register(login.password());
    ProbeRequest request = ProbeRequest.builder("POST", http.resolve(login.path()))
        .body(body(login), login.contentType()).build();
    LoginSession session = new LoginSession(login, http.send(request));
    session.accessToken().ifPresent(http.redactor()::register);
    session.refreshToken().ifPresent(http.redactor()::register);
    return session;
  }

  /** @return the login response as it came */
  public HttpExchange response() {
    return response;
  }

  /** @return true when the login answered 2xx */
  public boolean isSuccessful() {
    return response.isSuccessful();
  }

  /** @return the access token at {@code auth.login.accessToken} in a JSON response, when configured and present */
  public Optional<String> accessToken() {
    return login.accessToken().flatMap(this::text);
  }

  /** @return the refresh token at {@code auth.login.refreshToken} in a JSON response, when configured and present */
  public Optional<String> refreshToken() {
    return login.refreshToken().flatMap(this::text);
  }

  private Optional<String> text(String pointer) {
    try {
      JsonNode node = JSON.readTree(response.body()).at(pointer);
      return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** @return the body template with the credentials in place, escaped for the content type */
  static String body(Login login) {
    boolean form = login.contentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    return login.body()
        .replace("${user}", form ? formEncoded(login.user()) : jsonEscaped(login.user()))
        .replace("${password}", form ? formEncoded(login.password()) : jsonEscaped(login.password()));
  }

  private static String formEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String jsonEscaped(String value) {
    try {
      String quoted = JSON.writeValueAsString(value);
      return quoted.substring(1, quoted.length() - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot escape a string as JSON", e);
    }
  }
}
