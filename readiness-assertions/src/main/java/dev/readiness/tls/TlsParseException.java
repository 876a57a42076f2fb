package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The server's bytes are not a well-formed TLS answer to a ClientHello. The message names what was expected, what
 * was read and at which byte offset. This is the only exception {@link TlsRecordReader} lets escape for bad input.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsParseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message what was expected and what was read, and where */
  public TlsParseException(String message) {
    super(message);
  }
}
