package dev.readiness.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code load.latency} against servers that answer without serving: redirects instead of pages, and bodies that
 * never end. A load run counts only ended 2xx answers as successful, so none of them passes.
 */
class LoadLatencyHostileIT {

  private static final String PROFILE = """
      target:
        url: %s
        timeout: 2s
      load:
        path: /
        concurrency: 2
        duration: 1s
        p95: 2s
      """;

  private static CheckResult check(String url) {
    return Readiness.check(LoadLatencyCheck.ID, StackProfile.parse(PROFILE.formatted(url), Path.of("."), Map.of()));
  }

  /** @return a server answering its first request {@code first} and every later one {@code rest} */
  private static MockWebServer server(MockResponse first, MockResponse rest) {
    MockWebServer server = TlsMockServers.plain();
    AtomicInteger count = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return count.getAndIncrement() == 0 ? first : rest;
      }
    });
    return server;
  }

  private static MockResponse redirect() {
    return new MockResponse.Builder().code(302).addHeader("Location", "/login").build();
  }

  @Test
  void everyRequestRedirectedIsAnErrorAtTheControlNotAPass() throws Exception {
    try (MockWebServer server = server(redirect(), redirect())) {
      CheckResult result = check(server.url("/").toString());

      assertThat(result.status()).as(result.message()).isEqualTo(Status.ERROR);
      assertThat(result.message()).isEqualTo("control GET " + server.url("/") + " -> 302 failed alone, before any "
          + "load: the run counts only 2xx answers as successful, so slowness under load cannot be told from a "
          + "broken or redirecting endpoint; point load.path at an endpoint that answers 2xx");
    }
  }

  @Test
  void redirectsUnderLoadAfterAGoodControlAreErrorsThatFail() throws Exception {
    try (MockWebServer server = server(new MockResponse.Builder().code(200).body("ok").build(), redirect())) {
      CheckResult result = check(server.url("/").toString());

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).matches("GET \\S+: (\\d+) of \\1 requests failed \\(100\\.00 %, above the 1\\.00 % "
          + "allowed\\): 302 × \\d+; .*");
    }
  }

  @Test
  void endlessChunkedBodiesAfterAGoodControlAreErrorsNotZeroPercent() throws Exception {
    try (EndlessBodyServer server = new EndlessBodyServer()) {
      CheckResult result = check(server.url());

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).matches("GET \\S+: (\\d+) of \\1 requests failed \\(100\\.00 %, above the 1\\.00 % "
          + "allowed\\): body not ended within 1 MiB × \\d+; .*");
    }
  }

  /**
   * A raw HTTP/1.1 server: its first request gets a short 200, every later one a chunked 200 whose chunks never
   * end (until the client closes the connection).
   */
  private static final class EndlessBodyServer implements AutoCloseable {
    private static final byte[] CHUNK = ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    EndlessBodyServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      acceptor = new Thread(this::accept, "endless-body-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          Thread serve = new Thread(() -> serve(connection), "endless-body-connection");
          serve.setDaemon(true);
          serve.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket connection) {
      try (connection) {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
            StandardCharsets.US_ASCII));
        OutputStream out = connection.getOutputStream();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isEmpty()) {
            continue;
          }
          if (requests.getAndIncrement() == 0) {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            continue;
          }
          out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          while (!socket.isClosed()) {
            out.write(CHUNK);
          }
        }
      } catch (IOException e) {
        // the client closed the connection: the endless body ends here
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
