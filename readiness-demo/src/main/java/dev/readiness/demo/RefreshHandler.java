package dev.readiness.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/auth/refresh} with {@code {"refresh_token"}}: 200 and a new {@link TokenPair}, revoking the
 * token used; 401 {@code {"detail":"invalid refresh token"}} for an unknown or already used token; 400 for a
 * malformed body.
 */
final class RefreshHandler implements Request.Handler {

  private final IssuedTokens tokens;

  RefreshHandler(IssuedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws ApiError {
    String refreshToken = JsonBodies.requiredText(JsonBodies.readObject(request), "refresh_token");
    TokenPair pair = tokens.rotate(refreshToken).orElseThrow(() -> ApiError.unauthorized("invalid refresh token"));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    JsonBodies.write(response, callback, HttpStatus.OK_200, pair);
    return true;
  }
}
