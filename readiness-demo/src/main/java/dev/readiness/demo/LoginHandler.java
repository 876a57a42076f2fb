package dev.readiness.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/auth/login} with {@code {"username","password"}}: 200 and a new {@link TokenPair} for the
 * demo account, 401 {@code {"detail":"invalid credentials"}} for anything else, 400 for a body that is not a
 * JSON object with both fields as strings, 429 with {@code Retry-After} while the client is throttled by
 * {@link LoginThrottle} ({@link Misconfiguration#LOGIN_NOT_THROTTLED}: never). With
 * {@link Misconfiguration#DEFAULT_CREDENTIALS}, {@code admin/admin} logs in too.
 * Token responses are never cached and set a random {@code session} cookie with
 * {@code Path=/; Secure; HttpOnly; SameSite=Lax} ({@link Misconfiguration#COOKIE_INSECURE}: only {@code Path=/}).
 */
final class LoginHandler implements Request.Handler {

  static final String SESSION_COOKIE = "session";
  private static final String HARDENED_FLAGS = "; Path=/; Secure; HttpOnly; SameSite=Lax";

  private final IssuedTokens tokens;
  private final LoginThrottle throttle;
  private final boolean acceptsDefaultCredentials;
  private final StackSettings settings;

  LoginHandler(IssuedTokens tokens, LoginThrottle throttle, StackSettings settings) {
    this.tokens = tokens;
    this.throttle = throttle;
    this.acceptsDefaultCredentials = settings.has(Misconfiguration.DEFAULT_CREDENTIALS);
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws ApiError {
    String client = Request.getRemoteAddr(request);
    boolean throttling = !settings.has(Misconfiguration.LOGIN_NOT_THROTTLED);
    if (throttling) {
      throttle.requireAllowed(client);
    }
    JsonNode body = JsonBodies.readObject(request);
    String user = JsonBodies.requiredText(body, "username");
    String password = JsonBodies.requiredText(body, "password");
    boolean defaultPair = acceptsDefaultCredentials && user.equals("admin") && password.equals("admin");
    if (!DemoAccount.matches(user, password) && !defaultPair) {
      if (throttling) {
        throttle.failed(client);
      }
      throw ApiError.unauthorized("invalid credentials");
    }
    throttle.succeeded(client);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    String flags = settings.has(Misconfiguration.COOKIE_INSECURE) ? "; Path=/" : HARDENED_FLAGS;
    response.getHeaders().add(HttpHeader.SET_COOKIE, SESSION_COOKIE + "=" + UUID.randomUUID() + flags);
    JsonBodies.write(response, callback, HttpStatus.OK_200, tokens.issue(user));
    return true;
  }
}
