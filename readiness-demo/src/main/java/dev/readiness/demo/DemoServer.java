package dev.readiness.demo;

import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The Jetty server behind a demo stack: an HTTPS listener (TLS 1.2 and 1.3, the JDK's default suites less
 * Jetty's exclusions) and a plain-HTTP listener, both on {@code 127.0.0.1} with ephemeral ports, serving
 * {@link DemoApplication}. Neither sends a {@code Server} version nor {@code X-Powered-By}; both send
 * {@code Date}. Its threads are daemons, so a stack left open never keeps a JVM alive.
 */
final class DemoServer {

  private static final String LOOPBACK = "127.0.0.1";
  private static final long THREAD_STOP_TIMEOUT_MILLIS = 1000;

  private final Server server;
  private final int httpsPort;
  private final int httpPort;

  private DemoServer(Server server, int httpsPort, int httpPort) {
    this.server = server;
    this.httpsPort = httpsPort;
    this.httpPort = httpPort;
  }

  /** @return a started server; on failure nothing is left running */
  /** Mozilla intermediate 6.0: the three TLS 1.3 suites and ECDHE with AES-GCM or ChaCha20 for TLS 1.2. */
  private static final String[] MOZILLA_SUITES = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
      "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"};
  /** {@link Misconfiguration#TLS_LEGACY_SUITES}: the good suites plus a CBC and a DHE one. */
  private static final String[] LEGACY_SUITES = {"TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"};

  static DemoServer start(StackSettings settings, DemoCertificates certificates) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("readiness-demo");
    threads.setDaemon(true);
    threads.setStopTimeout(THREAD_STOP_TIMEOUT_MILLIS);
    Server server = new Server(threads, new ScheduledExecutorScheduler("readiness-demo-scheduler", true), null);

    HttpConfiguration plain = new HttpConfiguration();
    plain.setSendServerVersion(false);
    plain.setSendXPoweredBy(false);
    plain.setSendDateHeader(true);
    HttpConfiguration secure = new HttpConfiguration(plain);
    secure.addCustomizer(new SecureRequestCustomizer());

    ServerConnector https = new ServerConnector(server,
        new SslConnectionFactory(tls(certificates, settings), HttpVersion.HTTP_1_1.asString()),
        new HttpConnectionFactory(secure));
    ServerConnector http = new ServerConnector(server, new HttpConnectionFactory(plain));
    for (ServerConnector connector : new ServerConnector[] {https, http}) {
      connector.setHost(LOOPBACK);
      connector.setPort(0);
      server.addConnector(connector);
    }

    SecurityHeaders application = DemoApplication.handler(server, settings, https::getLocalPort);
    server.setHandler(application);
    server.setErrorHandler(new JsonErrorHandler(application));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server, e);
      throw new IllegalStateException("the demo stack did not start", e);
    }
    return new DemoServer(server, https.getLocalPort(), http.getLocalPort());
  }

  /** @return the HTTPS listener's port, also after {@link #stop()} */
  int httpsPort() {
    return httpsPort;
  }

  /** @return the plain-HTTP listener's port, also after {@link #stop()} */
  int httpPort() {
    return httpPort;
  }

  /**
   * Stops both listeners and frees their ports at once, closing open connections rather than waiting for
   * them; idempotent.
   */
  void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the demo stack did not stop cleanly", e);
    }
  }

  /** Blocks until the server has stopped. */
  void join() throws InterruptedException {
    server.join();
  }

  private static SslContextFactory.Server tls(DemoCertificates certificates, StackSettings settings) {
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getEncoder().encodeToString(secret);
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStore(certificates.keyStore(password.toCharArray()));
    tls.setKeyStorePassword(password);
    tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    tls.setIncludeCipherSuites(settings.has(Misconfiguration.TLS_LEGACY_SUITES) ? LEGACY_SUITES : MOZILLA_SUITES);
    return tls;
  }

  private static void stopQuietly(Server server, Exception cause) {
    try {
      server.stop();
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }
}
