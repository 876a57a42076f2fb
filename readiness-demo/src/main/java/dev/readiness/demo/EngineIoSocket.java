package dev.readiness.demo;

import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * The demo's Socket.io-like WebSocket endpoint at {@value #PATH} (clients add {@code ?EIO=4&transport=websocket}).
 * Hardened, an upgrade opens only with {@code Origin:} {@link CrossOrigin#ALLOWED_ORIGIN} and
 * {@code Authorization: Bearer <token>} naming an access token this stack issued; otherwise 403 or 401.
 * {@link Misconfiguration#WEBSOCKET_ANY_ORIGIN} drops the Origin check, {@link Misconfiguration#WEBSOCKET_NO_AUTH}
 * the token check. The socket accepts frames and answers close frames; it sends nothing.
 */
final class EngineIoSocket implements WebSocketCreator {

  static final String PATH = "/socket.io/";
  static final String HANDSHAKE_PATH = PATH + "?EIO=4&transport=websocket";

  private static final String SCHEME = "Bearer ";

  private final StackSettings settings;
  private final IssuedTokens tokens;

  EngineIoSocket(StackSettings settings, IssuedTokens tokens) {
    this.settings = settings;
    this.tokens = tokens;
  }

  @Override
  public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response,
      org.eclipse.jetty.util.Callback callback) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (!settings.has(Misconfiguration.WEBSOCKET_ANY_ORIGIN) && !CrossOrigin.ALLOWED_ORIGIN.equals(origin)) {
      Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Origin not allowed");
      return null;
    }
    if (!settings.has(Misconfiguration.WEBSOCKET_NO_AUTH) && user(request).isEmpty()) {
      Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401, "Not authenticated");
      return null;
    }
    return new Session.Listener.AutoDemanding() {};
  }

  private Optional<String> user(ServerUpgradeRequest request) {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return tokens.userOf(authorization.substring(SCHEME.length()).trim());
  }
}
