package dev.readiness.demo;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * Which listener a request reached. Decided by the connector, not by {@link Request#isSecure()}, because the
 * requests Jetty builds for malformed messages (400, 431) report {@code isSecure() == false} even over TLS.
 */
final class Transport {

  private Transport() {}

  /** @return whether the request arrived on a TLS listener */
  static boolean isTls(Request request) {
    return request.getConnectionMetaData().getConnector().getConnectionFactory(SslConnectionFactory.class) != null;
  }
}
