package dev.readiness.demo;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Guards a protected endpoint: the request goes on only with {@code Authorization: Bearer <token>} naming an
 * valid access token ({@link AccessTokens}). Otherwise 401 with {@code WWW-Authenticate: Bearer}, before any body
 * is read. With {@link Misconfiguration#PROTECTED_ROUTE_OPEN}, a request without {@code Authorization} goes on.
 */
final class RequireBearerToken implements Request.Handler {

  private static final String SCHEME = "Bearer ";

  private final IssuedTokens tokens;
  private final Request.Handler endpoint;
  private final boolean open;

  RequireBearerToken(IssuedTokens tokens, StackSettings settings, Request.Handler endpoint) {
    this.tokens = tokens;
    this.endpoint = endpoint;
    this.open = settings.has(Misconfiguration.PROTECTED_ROUTE_OPEN);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (open && authorization == null) {
      return endpoint.handle(request, response, callback);
    }
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw ApiError.unauthorized("Not authenticated");
    }
    if (tokens.userOf(authorization.substring(SCHEME.length()).trim()).isEmpty()) {
      throw ApiError.unauthorized("Could not validate credentials");
    }
    return endpoint.handle(request, response, callback);
  }
}
