package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.target.Target;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A server that answers ClientHellos with garbage or silence, or a port nothing listens on, gets a clear ERROR, never
 * a hang or a PASS.
 */
class HostileServerIT {

  @Test
  void plainTextAnswerIsAnErrorNamingTheByte() throws Exception {
    try (RawServer server = new RawServer(socket -> write(socket, "HTTP/1.1 400 Bad Request\r\n\r\n"))) {
      CheckResult result = Readiness.check(TlsProtocolsCheck.ID, target(server));

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).startsWith("the TLS scan of localhost:" + server.port() + " could not decide: ")
          .contains("malformed answer: expected a handshake (22) or alert (21) record at byte 0, read content "
              + "type 72");
    }
  }

  @Test
  void silenceIsAnErrorAfterTheTimeout() throws Exception {
    try (RawServer server = new RawServer(socket -> sleep())) {
      CheckResult result = Readiness.check(TlsCiphersCheck.ID, target(server));

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).contains("hello: no answer within PT0.3S");
    }
  }

  @Test
  void closedPortIsAnErrorNamingTheRefusedConnect() throws Exception {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    Target target = Target.builder().url("https://127.0.0.1:" + port + "/").timeout(Duration.ofMillis(300)).build();

    CheckResult result = Readiness.check(TlsProtocolsCheck.ID, target);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).isEqualTo("TLS scan: cannot connect to 127.0.0.1:" + port
        + ": Connection refused");
  }

  private static Target target(RawServer server) {
    return Target.builder().url("https://localhost:" + server.port() + "/").timeout(Duration.ofMillis(300)).build();
  }

  private static void write(Socket socket, String text) {
    try {
      InputStream in = socket.getInputStream();
      in.read(new byte[5]);
      socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      // the scanner may already have closed its side
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
