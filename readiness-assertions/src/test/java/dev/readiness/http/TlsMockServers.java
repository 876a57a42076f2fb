package dev.readiness.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** MockWebServers for probe tests: plain or HTTPS on 127.0.0.1, with a certificate for localhost. */
public final class TlsMockServers {

  /** The certificate every HTTPS mock server presents: self-signed, SAN localhost and 127.0.0.1. */
  public static final HeldCertificate LOCALHOST = new HeldCertificate.Builder()
      .commonName("localhost")
      .addSubjectAlternativeName("localhost")
      .addSubjectAlternativeName("127.0.0.1")
      .build();

  private TlsMockServers() {}

  /** @return a started HTTPS server presenting {@link #LOCALHOST} */
  public static MockWebServer https() {
    MockWebServer server = new MockWebServer();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(LOCALHOST).build().sslSocketFactory());
    return start(server);
  }

  /** @return a started plain-HTTP server */
  public static MockWebServer plain() {
    return start(new MockWebServer());
  }

  private static MockWebServer start(MockWebServer server) {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
