package dev.readiness.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.WebSocketHandshake;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code websocket.tls}: the {@code wss://} handshake succeeds (control) and the {@code ws://} one on the plain listener is refused or redirected. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebSocketTlsCheck extends WebSocketCheck {

  /** The catalogue id. */
  public static final String ID = "websocket.tls";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "WebSocket only over TLS";
  }

  @Override
  Optional<Outcome> skipAfterControl(CheckContext context) {
    return context.target().httpUrl().isPresent() ? Optional.empty()
        : Optional.of(Outcome.skipped("target.httpUrl is not configured in the stack profile, so there is no "
            + "plain listener to try ws:// on"));
  }

  @Override
  Attempt attempt(CheckContext context, Endpoint endpoint) {
    URI plain = context.target().httpUrl().orElseThrow();
    return new Attempt(endpoint.handshake(plain, endpoint.origin(), true), " on the plain listener");
  }

  @Override
  List<Finding> judge(Attempt attempt) {
    return WebSocketPolicy.plainRefused(attempt.handshake());
  }

  @Override
  String passMessage(WebSocketHandshake control, WebSocketHandshake attempt) {
    return control.summary() + " opened and the ws:// handshake on the plain listener was "
        + WebSocketPolicy.refusal(attempt);
  }
}
