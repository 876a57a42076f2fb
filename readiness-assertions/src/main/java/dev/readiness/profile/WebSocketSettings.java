package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The WebSocket endpoint the {@code websocket.*} checks probe (profile section {@code websocket}).
 *
 * @param path the handshake path, with its query, such as
 *     {@code /socket.io/?EIO=4&transport=websocket}
 * @param isProtected true when a handshake without credentials must be refused (key
 *     {@code protected}, default false)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WebSocketSettings(String path, boolean isProtected) {

  /**
   * Rejects a null path.
   *
   * @param path the handshake path, with its query, such as
   *     {@code /socket.io/?EIO=4&transport=websocket}
   * @param isProtected true when a handshake without credentials must be refused (key
   *     {@code protected}, default false)
   */
  public WebSocketSettings {
    Objects.requireNonNull(path, "path");
  }
}
