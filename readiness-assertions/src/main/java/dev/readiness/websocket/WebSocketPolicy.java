package dev.readiness.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.WebSocketHandshake;
import java.util.List;
import org.apiguardian.api.API;

/** The pure verdicts of the {@code websocket.*} checks on handshakes already made. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebSocketPolicy {

  private WebSocketPolicy() {}

  /**
   * {@code websocket.tls}: the plain {@code ws://} handshake is refused, or redirected to {@code https://} or
   * {@code wss://}.
   */
  public static List<Finding> plainRefused(WebSocketHandshake plain) {
    if (plain.opened()) {
      return List.of(Finding.fail(plain.summary() + ": the WebSocket is served without TLS, so messages and "
          + "tokens cross the network in clear", "Serve the WebSocket only on the TLS listener (wss://) and "
          + "redirect or refuse upgrades on plain HTTP"));
    }
    if (plain.redirected() && plain.location().filter(l -> l.startsWith("https://") || l.startsWith("wss://"))
        .isEmpty()) {
      return List.of(Finding.fail(plain.summary() + " redirects to " + plain.location().orElse("nowhere")
          + ", which is not a TLS URL", "Redirect plain-HTTP requests to https:// on the same host"));
    }
    return List.of();
  }

  /** {@code websocket.origin}: the handshake with a foreign {@code Origin} is refused. */
  public static List<Finding> foreignOriginRefused(WebSocketHandshake foreign, String origin) {
    return foreign.opened()
        ? List.of(Finding.fail(foreign.summary() + " with Origin: " + origin + ": any website can open this "
            + "WebSocket with the user's cookies (cross-site WebSocket hijacking)",
            "Check the Origin header in the upgrade handler against the allowed origins and answer 403 otherwise"))
        : List.of();
  }

  /** {@code websocket.auth}: the handshake without credentials is refused. */
  public static List<Finding> anonymousRefused(WebSocketHandshake anonymous) {
    return anonymous.opened()
        ? List.of(Finding.fail(anonymous.summary() + " without credentials: the endpoint declared protected "
            + "accepts anonymous clients", "Authenticate the upgrade request (bearer token or session) and "
            + "answer 401 before switching protocols"))
        : List.of();
  }
}
