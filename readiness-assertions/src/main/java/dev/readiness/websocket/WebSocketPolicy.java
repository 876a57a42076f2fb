package dev.readiness.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.Refusal;
import dev.readiness.http.WebSocketHandshake;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The pure verdicts of the {@code websocket.*} checks on handshakes already made. What counts as a refusal is
 * {@link Refusal}'s rule: a 4xx refuses, a redirect is judged by each verdict, and a 5xx, a 408 or 429, or no HTTP
 * answer at all (reset, time-out, end of stream) is never a refusal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebSocketPolicy {

  private WebSocketPolicy() {}

  /**
   * @param handshake the handshake that should be refused, made after the control opened
   * @param sent how it differs from the control, completing the summary ({@code " without credentials"})
   * @return why the check cannot decide (for an ERROR): the answer is neither an opened socket, a refusal nor a
   *     redirect; empty when it can be judged
   */
  public static Optional<String> unjudgeable(WebSocketHandshake handshake, String sent) {
    if (Refusal.of(handshake) != Refusal.NO_ANSWER) {
      return Optional.empty();
    }
    return Optional.of(handshake.summary() + sent + Refusal.explain(handshake.status()) + ": expected 101 (opened) "
        + "or a 4xx refusal after the control opened, so the check cannot tell whether the stack refuses this "
        + "handshake or only failed to answer it");
  }

  /** @return {@code "refused with 403"} or {@code "redirected (302 to https://...)"}, for pass messages */
  public static String refusal(WebSocketHandshake handshake) {
    return handshake.redirected()
        ? "redirected (" + handshake.status() + " to " + handshake.location().orElse("nowhere") + ")"
        : "refused with " + handshake.status();
  }

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
