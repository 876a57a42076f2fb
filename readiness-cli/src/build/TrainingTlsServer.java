import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The TLS server of the build's class-data-sharing training run (readiness-cli/pom.xml, docs/performance.md): the
 * JDK's own TLS stack on a loopback port with every version from TLS 1.0 to 1.3 and every suite it supports, so
 * that the training scan exercises the scan's whole path (ClientHellos, ServerHellos, refusals, splitting, the
 * certificate fetch, the verdicts and the report) and the archive holds the classes and lambda forms that path
 * loads. It writes its port to the file named by the third argument and serves until it is killed or an hour has
 * passed. Run with the source launcher: {@code java TrainingTlsServer.java <keystore.p12> <password> <port-file>}.
 */
public final class TrainingTlsServer {

  private TrainingTlsServer() {}

  public static void main(String[] args) throws Exception {
    Security.setProperty("jdk.tls.disabledAlgorithms", "");
    char[] password = args[1].toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      keys.load(in, password);
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(0, 64, InetAddress.getLoopbackAddress());
    server.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"});
    server.setEnabledCipherSuites(server.getSupportedCipherSuites());
    Path portFile = Path.of(args[2]);
    Path written = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(written, Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
    Files.move(written, portFile);
    Thread stop = new Thread(() -> {
      try {
        Thread.sleep(3_600_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.exit(0);
    });
    stop.setDaemon(true);
    stop.start();
    while (true) {
      Socket accepted = server.accept();
      Thread handshake = new Thread(() -> handshake((SSLSocket) accepted));
      handshake.setDaemon(true);
      handshake.start();
    }
  }

  private static void handshake(SSLSocket socket) {
    try (socket) {
      socket.setSoTimeout(10_000);
      socket.startHandshake();
    } catch (IOException e) {
      // scanners end handshakes early by design
    }
  }
}
