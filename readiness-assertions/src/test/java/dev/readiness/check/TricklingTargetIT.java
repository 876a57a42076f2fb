package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The whole catalogue against a raw socket server that answers every request one byte a second (issue 18.7):
 * each exchange is cut off at {@code target.timeout} as a whole, and after three exchanges in a row without an
 * answer the scan stops probing: the remaining checks end in ERROR "target unresponsive since ..." at once.
 */
class TricklingTargetIT {

  private static final String PROFILE = """
      target:
        url: http://127.0.0.1:%d
        timeout: 2s
      paths:
        home: /
        health: /health
        protected: /api/rooms
      cors:
        allowedOrigins: [https://app.example]
      """;

  @Test
  void aOneByteASecondServerGetsFewRequestsAndEveryCheckEndsUndecided(TestReporter reporter) throws Exception {
    AtomicInteger connections = new AtomicInteger();
    List<Socket> open = new CopyOnWriteArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> serve(server, connections, open), "trickling-http");
      acceptor.setDaemon(true);
      acceptor.start();
      StackProfile profile = StackProfile.parse(PROFILE.formatted(server.getLocalPort()), Path.of("."), Map.of());

      Instant start = Instant.now();
      List<CheckResult> results;
      try (TargetSession session = TargetSession.open(profile)) {
        results = CheckRunner.runAll(CheckCatalog.all(), session);
      }
      Duration took = Duration.between(start, Instant.now());

      assertThat(results).noneMatch(r -> r.status() == Status.PASS);
      assertThat(results).filteredOn(r -> r.status() == Status.ERROR).isNotEmpty()
          .anySatisfy(r -> assertThat(r.message()).startsWith("target unresponsive since "));
      assertThat(connections.get()).as("the scan stopped probing after three exchanges without an answer")
          .isLessThanOrEqualTo(10);
      reporter.publishEntry("trickling scan", took.toMillis() + " ms, " + connections.get() + " connections");
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  private static void serve(ServerSocket server, AtomicInteger connections, List<Socket> open) {
    try {
      while (true) {
        Socket socket = server.accept();
        connections.incrementAndGet();
        open.add(socket);
        Thread writer = new Thread(() -> trickle(socket));
        writer.setDaemon(true);
        writer.start();
      }
    } catch (IOException e) {
      // the server socket was closed at the end of the test
    }
  }

  private static void trickle(Socket socket) {
    byte[] answer = "HTTP/1.1 200 OK\r\nContent-Length: 64\r\n\r\n".concat("x".repeat(64))
        .getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
      int last4 = 0;
      while (last4 != 0x0d0a0d0a) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        last4 = (last4 << 8) | b;
      }
      for (byte b : answer) {
        out.write(b);
        out.flush();
        Thread.sleep(1000);
      }
    } catch (IOException | InterruptedException e) {
      // the client gave up: the trickle ends with it
    }
  }
}
