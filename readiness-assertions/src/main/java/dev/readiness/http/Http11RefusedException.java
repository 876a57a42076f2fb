package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The target refused HTTP/1.1 in the TLS handshake (its ALPN offers only other protocols, such as {@code h2}),
 * before the {@link KeepAliveEngine} sent any request: the caller may send through the probe's own client, which
 * speaks HTTP/2.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Http11RefusedException extends ProbeException {

  private static final long serialVersionUID = 1L;

  /** @param message what was attempted and what the server answered; @param cause the TLS failure */
  public Http11RefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
