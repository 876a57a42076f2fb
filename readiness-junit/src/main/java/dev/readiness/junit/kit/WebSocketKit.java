package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** WebSocket: {@code websocket.tls}, {@code websocket.origin}, {@code websocket.auth}. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface WebSocketKit extends ReadinessKit {

  /** {@code websocket.tls}: {@code wss://} opens (control), {@code ws://} is refused or redirected. */
  @ReadinessCheck("websocket.tls")
  default void webSocketTls(CheckRun run) {
    run.verify();
  }

  /** {@code websocket.origin}: a handshake with a foreign {@code Origin} is refused. */
  @ReadinessCheck("websocket.origin")
  default void webSocketOrigin(CheckRun run) {
    run.verify();
  }

  /** {@code websocket.auth}: a protected endpoint refuses a handshake without credentials. */
  @ReadinessCheck("websocket.auth")
  default void webSocketAuth(CheckRun run) {
    run.verify();
  }
}
