package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one CORS probe request saw.
 *
 * @param variant the {@code Origin} sent and its class
 * @param preflight true for an {@code OPTIONS} preflight, false for a simple {@code GET}
 * @param request what was sent, for example {@code OPTIONS https://api.example.com/rooms}
 * @param status the response status
 * @param headers the parsed CORS headers of the response
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorsResponse(OriginVariant variant, boolean preflight, String request, int status,
    CorsHeaders headers) {

  /** Validates that every part is present. */
  public CorsResponse {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(headers, "headers");
  }

  /** @return true when the response names the origin that was sent */
  public boolean echoes() {
    return headers.names(variant.origin());
  }

  /** @return a sentence part naming what was sent and what came back */
  public String describe() {
    String sent = preflight
        ? request + " (preflight: Access-Control-Request-Method: POST, Access-Control-Request-Headers: "
            + "Authorization)"
        : request;
    return sent + " with Origin: " + variant.origin() + " answered " + status + " with " + headers.describe();
  }
}
