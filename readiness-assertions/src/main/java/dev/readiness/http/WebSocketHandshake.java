package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of one WebSocket handshake attempt.
 *
 * @param request what was sent ({@code GET ws://...} or {@code GET wss://...} with its headers)
 * @param status the HTTP status of the answer (101 when the socket opened), 0 when no HTTP answer came (the
 *     connection or the TLS handshake failed)
 * @param location the {@code Location} header of the answer, if any
 * @param failure why the socket did not open; empty when it opened
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WebSocketHandshake(ProbeRequest request, int status, Optional<String> location, String failure) {

  /** Validates that every part is present. */
  public WebSocketHandshake {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(failure, "failure");
  }

  /** @return the URL the handshake went to */
  public URI url() {
    return request.url();
  }

  /** @return true when the server switched protocols and the socket opened */
  public boolean opened() {
    return status == 101;
  }

  /** @return true when the answer was a redirect (3xx) */
  public boolean redirected() {
    return status >= 300 && status < 400;
  }

  /** @return {@code GET wss://host/path -> 101}, or {@code -> no HTTP answer (reason)} */
  public String summary() {
    String answer = status == 0 ? "no HTTP answer (" + failure + ")" : String.valueOf(status);
    return "WebSocket handshake GET " + request.url() + " -> " + answer;
  }
}
