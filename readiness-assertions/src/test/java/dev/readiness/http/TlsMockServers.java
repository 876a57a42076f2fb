package dev.readiness.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
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

  /**
   * @return a started HTTPS server presenting {@link #LOCALHOST} that speaks HTTP/2 only: its TLS handshake picks
   *     {@code h2} when offered and fails with {@code no_application_protocol} otherwise
   */
  public static MockWebServer http2Only() {
    MockWebServer server = new MockWebServer();
    SSLSocketFactory factory = new HandshakeCertificates.Builder().heldCertificate(LOCALHOST).build()
        .sslSocketFactory();
    server.useHttps(new Http2OnlySocketFactory(factory));
    return start(server);
  }

  /** @return a started plain-HTTP server */
  public static MockWebServer plain() {
    return start(new MockWebServer());
  }

  /** Hands out server sockets whose ALPN selection takes {@code h2} or nothing. */
  private static final class Http2OnlySocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;

    Http2OnlySocketFactory(SSLSocketFactory delegate) {
      this.delegate = delegate;
    }

    private static Socket h2Only(Socket socket) {
      ((SSLSocket) socket).setHandshakeApplicationProtocolSelector(
          (ssl, offered) -> offered.contains("h2") ? "h2" : null);
      return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
      return h2Only(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return h2Only(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
      return h2Only(delegate.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return h2Only(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
      return h2Only(delegate.createSocket(host, port, local, localPort));
    }
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
