package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The positive control every {@code cors.*} check starts from: a plain {@code GET} of the home path without an
 * {@code Origin} must be answered normally (2xx or 3xx). A stack that refuses or fails every request (403, 500)
 * sends no CORS headers either, and that must not read as "no foreign origin is allowed".
 *
 * @param request what was sent, for example {@code GET https://api.example.com/}
 * @param status the response status
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorsControl(String request, int status) {

  /** Validates that the request is present. */
  public CorsControl {
    Objects.requireNonNull(request, "request");
  }

  /**
   * @return why the CORS checks cannot judge the stack (for an ERROR), empty when the plain request got a 2xx or
   *     3xx
   */
  public Optional<String> failure() {
    if (status >= 200 && status < 400) {
      return Optional.empty();
    }
    return Optional.of("the positive control failed: " + request + " without an Origin answered " + status
        + ": expected 2xx or 3xx, so missing CORS headers would prove nothing (a stack that refuses or fails every "
        + "request sends none); check paths.home and that the stack is up");
  }
}
