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
 * JSON object with both fields as strings. Token responses are never cached.
 */
final class LoginHandler implements Request.Handler {

  private final IssuedTokens tokens;

  LoginHandler(IssuedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws ApiError {
    JsonNode body = JsonBodies.readObject(request);
    String user = JsonBodies.requiredText(body, "username");
    String password = JsonBodies.requiredText(body, "password");
    if (!DemoAccount.matches(user, password)) {
      throw ApiError.unauthorized("invalid credentials");
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    JsonBodies.write(response, callback, HttpStatus.OK_200, tokens.issue(user));
    return true;
  }
}
