package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A probe could not get an answer: the connection was refused, the deadline or request budget ran out, the TLS
 * handshake failed, or the request would have left the target's hosts. The message names what was attempted and
 * what went wrong; a check that meets it ends in ERROR, never PASS.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProbeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what was attempted and what went wrong */
  public ProbeException(String message) {
    super(message);
  }

  /** @param message what was attempted and what went wrong; @param cause the underlying failure */
  public ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
