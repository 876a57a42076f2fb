package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.target.Target;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The certificate checks against a raw socket server that accepts and then trickles one byte every 400 ms, never a
 * TLS record: the shared handshake is bounded as a whole by twice {@code target.timeout} (not per read), and its failure
 * is kept, so the second certificate check does not redo it.
 */
class StallingCertificateIT {

  @Test
  void aTricklingHandshakeEndsAtTheTimeoutAndItsFailureIsSharedNotRedone() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    List<Socket> open = new CopyOnWriteArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> trickle(server, accepted, open), "trickling-tls");
      acceptor.setDaemon(true);
      acceptor.start();
      Target target = Target.builder().url("https://localhost:" + server.getLocalPort() + "/")
          .timeout(Duration.ofSeconds(1)).build();

      List<CheckResult> results;
      try (TargetSession session = TargetSession.open(target)) {
        results = CheckRunner.runAll(List.of(CheckCatalog.require("tls.certificate.trust"),
            CheckCatalog.require("tls.certificate.key")), session);
      }

      assertThat(results).allSatisfy(r -> {
        assertThat(r.status()).as(r.id()).isEqualTo(Status.ERROR);
        assertThat(r.message()).as(r.id()).startsWith("cannot fetch the certificate chain of localhost:"
            + server.getLocalPort() + " within 2000 ms (twice the timeout of 1000 ms, for the connect and the whole "
            + "handshake)");
      });
      assertThat(accepted.get()).as("one shared handshake for both checks").isEqualTo(1);
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  private static void trickle(ServerSocket server, AtomicInteger accepted, List<Socket> open) {
    try {
      while (true) {
        Socket socket = server.accept();
        accepted.incrementAndGet();
        open.add(socket);
        Thread writer = new Thread(() -> {
          try (OutputStream out = socket.getOutputStream()) {
            for (int i = 0; i < 100; i++) {
              out.write(0x16);
              out.flush();
              Thread.sleep(400);
            }
          } catch (IOException | InterruptedException e) {
            // the client gave up: the trickle ends with it
          }
        });
        writer.setDaemon(true);
        writer.start();
      }
    } catch (IOException e) {
      // the server socket was closed at the end of the test
    }
  }
}
