package dev.readiness.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/auth/login} with {@code {"username","password"}}: 200 and a new {@link TokenPair} for the
 * demo account, 401 {@code {"detail":"invalid credentials"}} for anything else, 400 for a body that is not a
 * JSON object with both fields as strings, 429 with {@code Retry-After} while the client is throttled by
 * {@link LoginThrottle}. With {@link Misconfiguration#DEFAULT_CREDENTIALS}, {@code admin/admin} logs in too.
 * Token responses are never cached.
 */
final class LoginHandler implements Request.Handler {

  private final IssuedTokens tokens;
  private final LoginThrottle throttle;
  private final boolean acceptsDefaultCredentials;

  LoginHandler(IssuedTokens tokens, LoginThrottle throttle, StackSettings settings) {
    this.tokens = tokens;
    this.throttle = throttle;
    this.acceptsDefaultCredentials = settings.has(Misconfiguration.DEFAULT_CREDENTIALS);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws ApiError {
    String client = Request.getRemoteAddr(request);
    throttle.requireAllowed(client);
    JsonNode body = JsonBodies.readObject(request);
    String user = JsonBodies.requiredText(body, "username");
    String password = JsonBodies.requiredText(body, "password");
    boolean defaultPair = acceptsDefaultCredentials && user.equals("admin") && password.equals("admin");
    if (!DemoAccount.matches(user, password) && !defaultPair) {
      throttle.failed(client);
      throw ApiError.unauthorized("invalid credentials");
    }
    throttle.succeeded(client);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    JsonBodies.write(response, callback, HttpStatus.OK_200, tokens.issue(user));
    return true;
  }
}
