package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.target.Target;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keep-alive engine against MockWebServer's scripted edge cases, plain and over TLS. */
class KeepAliveEngineIT {

  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private MockWebServer serve(MockWebServer server, Function<RecordedRequest, MockResponse> answer) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    });
    opened.add(server);
    return server;
  }

  private HttpProbe probe(String url, ProbeLimits limits, Duration timeout) {
    Target target = Target.builder().url(url).trust(TlsMockServers.LOCALHOST.certificate()).timeout(timeout).build();
    TargetHttpClient client = TargetHttpClient.open(target);
    opened.add(client);
    return client.probe(limits, Redactor.create(), LimitedResponses.RAW);
  }

  private HttpProbe probe(MockWebServer server) {
    return probe(server.url("/").toString(), new ProbeLimits(1000, Duration.ofSeconds(30)), Duration.ofSeconds(5));
  }

  private static List<HttpExchange> send(HttpProbe probe, String path, int connections, int requests) {
    HttpExchange[] answers = new HttpExchange[requests];
    new KeepAliveEngine(probe).send(ProbeRequest.get(probe.resolve(path)), connections, requests,
        (index, exchange) -> {
          answers[index] = exchange;
          return true;
        });
    return Arrays.asList(answers);
  }

  private static Set<Integer> connectionsSeen(MockWebServer server) throws InterruptedException {
    Set<Integer> connections = new HashSet<>();
    for (RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS); r != null;
        r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
      connections.add(r.getConnectionIndex());
    }
    return connections;
  }

  @Test
  void sendsOverKeepAliveConnectionsAndKeepsEachExchangeAsEvidence() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .addHeader("RateLimit-Remaining", "7").body("rooms").build());
    HttpProbe probe = probe(server);

    List<HttpExchange> exchanges = send(probe, "/api/rooms", 4, 40);

    assertThat(exchanges).hasSize(40).allSatisfy(e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.protocol()).isEqualTo("http/1.1");
      assertThat(e.body()).isEqualTo("rooms");
      assertThat(e.header("ratelimit-remaining")).contains("7");
      assertThat(e.bodyTruncated()).isFalse();
    });
    assertThat(probe.requestsSent()).isEqualTo(40);
    assertThat(probe.evidence()).hasSize(40).first()
        .satisfies(ev -> assertThat(ev.title()).startsWith("GET " + server.url("/api/rooms") + " -> 200 ("));
    assertThat(connectionsSeen(server)).as("40 requests over 4 keep-alive connections").hasSize(4);
  }

  @Test
  void readsChunkedBodiesAndKeepsTheConnection() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .chunkedBody("hello chunked world", 4).build());

    List<HttpExchange> exchanges = send(probe(server), "/", 2, 20);

    assertThat(exchanges).extracting(HttpExchange::body).containsOnly("hello chunked world");
    assertThat(exchanges.get(0).header("Transfer-Encoding")).contains("chunked");
    assertThat(connectionsSeen(server)).hasSize(2);
  }

  @Test
  void opensANewConnectionAfterConnectionClose() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .addHeader("Connection", "close").body("once").build());
    HttpProbe probe = probe(server);

    List<HttpExchange> exchanges = send(probe, "/", 1, 10);

    assertThat(exchanges).extracting(HttpExchange::body).containsOnly("once").hasSize(10);
    assertThat(probe.requestsSent()).isEqualTo(10);
    assertThat(connectionsSeen(server)).hasSize(10);
  }

  @Test
  void resendsOnANewConnectionWhenTheServerClosesAReusedOneWithinTheBudget() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder().body("bye")
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
    HttpProbe probe = probe(server);

    List<HttpExchange> exchanges = send(probe, "/", 1, 10);

    assertThat(exchanges).extracting(HttpExchange::body).containsOnly("bye").hasSize(10);
    assertThat(probe.requestsSent()).as("a request resent on a new connection is counted again")
        .isBetween(10, 19);
    assertThat(connectionsSeen(server)).hasSize(10);
  }

  @Test
  void aMalformedStatusLineIsAProbeExceptionQuotingIt() {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .status("HELLO WORLD").build());

    assertThatThrownBy(() -> send(probe(server), "/api", 2, 10)).isInstanceOf(ProbeException.class)
        .hasMessage("GET " + server.url("/api") + " failed: the answer is not HTTP/1.x: malformed HTTP/1.1 status "
            + "line \"HELLO WORLD\"");
  }

  @Test
  void aHeaderSectionOverTheCapIsAProbeException() {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .addHeader("X-Padding", "a".repeat(Http1ResponseParser.HEADER_LIMIT)).build());

    assertThatThrownBy(() -> send(probe(server), "/", 1, 3)).isInstanceOf(ProbeException.class)
        .hasMessage("GET " + server.url("/") + " failed: the answer is not HTTP/1.x: the response's status line and "
            + "headers exceed 65536 bytes");
  }

  @Test
  void aBodyPastTheLimitIsTruncatedAndItsConnectionReplaced() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder()
        .chunkedBody("x".repeat(HttpProbe.BODY_LIMIT + 10), 64 * 1024).build());

    List<HttpExchange> exchanges = send(probe(server), "/", 1, 3);

    assertThat(exchanges).hasSize(3).allSatisfy(e -> {
      assertThat(e.bodyTruncated()).isTrue();
      assertThat(e.body()).hasSize(HttpProbe.BODY_LIMIT);
    });
    assertThat(connectionsSeen(server)).hasSize(3);
  }

  @Test
  void aServerThatStallsEndsWithinTheTargetsTimeout() {
    MockWebServer server = serve(TlsMockServers.plain(), r -> r.getExchangeIndex() < 3
        ? new MockResponse.Builder().body("ok").build()
        : new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    HttpProbe probe = probe(server.url("/").toString(), new ProbeLimits(1000, Duration.ofSeconds(30)),
        Duration.ofSeconds(1));

    assertThatThrownBy(() -> send(probe, "/", 1, 10)).isInstanceOf(ProbeException.class)
        .hasMessage("GET " + server.url("/") + " failed: no answer within the timeout of 1000 ms (answer)");
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersEndsByTheProbesDeadline() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      HttpProbe probe = probe(url, new ProbeLimits(1000, Duration.ofSeconds(2)), Duration.ofSeconds(30));

      assertThatThrownBy(() -> send(probe, "/", 16, 100)).isInstanceOf(ProbeException.class)
          .hasMessageStartingWith("GET " + url + " failed: no answer within the check's remaining deadline of ");
    }
  }

  @Test
  void aRedirectIsReturnedNotFollowed() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder().code(302)
        .addHeader("Location", "/elsewhere").build());

    List<HttpExchange> exchanges = send(probe(server), "/start", 2, 6);

    assertThat(exchanges).extracting(HttpExchange::status).containsOnly(302).hasSize(6);
    List<String> targets = new ArrayList<>();
    for (RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS); r != null;
        r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
      targets.add(r.getTarget());
    }
    assertThat(targets).containsOnly("/start").hasSize(6);
  }

  @Test
  void stopsSendingWhenTheAnswersSaySo() {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder().body("ok").build());
    HttpProbe probe = probe(server);
    List<Integer> seen = new ArrayList<>();

    new KeepAliveEngine(probe).send(ProbeRequest.get(probe.resolve("/")), 4, 1000, (index, exchange) -> {
      seen.add(index);
      return index < 10;
    });

    assertThat(seen.size()).as("stops issuing at the first 'no'; those in flight on the 4 connections finish")
        .isBetween(11, 11 + 4);
    assertThat(probe.requestsSent()).isEqualTo(seen.size());
  }

  @Test
  void theProbesBudgetAndHostsHold() {
    MockWebServer server = serve(TlsMockServers.plain(), r -> new MockResponse.Builder().body("ok").build());
    HttpProbe probe = probe(server.url("/").toString(), new ProbeLimits(5, Duration.ofSeconds(30)),
        Duration.ofSeconds(5));

    assertThatThrownBy(() -> send(probe, "/", 2, 10)).isInstanceOf(ProbeException.class)
        .hasMessage("request budget of 5 requests is spent; not sending GET " + server.url("/"));
    assertThatThrownBy(() -> new KeepAliveEngine(probe).send(ProbeRequest.get(URI.create("http://example.org/")), 1,
        1, (i, e) -> true)).isInstanceOf(ProbeException.class).hasMessageStartingWith("refusing to send to "
        + "http://example.org/: it is not on the target's hosts");
  }

  @Test
  void speaksHttp11OverTlsWithTheTargetsTrust() throws InterruptedException {
    MockWebServer server = serve(TlsMockServers.https(), r -> new MockResponse.Builder().body("secure").build());

    List<HttpExchange> exchanges = send(probe(server), "/", 4, 40);

    assertThat(exchanges).hasSize(40).allSatisfy(e -> {
      assertThat(e.body()).isEqualTo("secure");
      assertThat(e.protocol()).isEqualTo("http/1.1");
      assertThat(e.isHttps()).isTrue();
    });
    assertThat(connectionsSeen(server)).hasSize(4);
  }

  @Test
  void refusesACertificateThatDoesNotNameTheHost() {
    HeldCertificate other = new HeldCertificate.Builder().commonName("other.example")
        .addSubjectAlternativeName("other.example").build();
    MockWebServer server = new MockWebServer();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(other).build().sslSocketFactory());
    serve(server, r -> new MockResponse.Builder().body("ok").build());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String url = "https://127.0.0.1:" + server.getPort() + "/";
    Target target = Target.builder().url(url).trust(other.certificate()).build();
    TargetHttpClient client = TargetHttpClient.open(target);
    opened.add(client);
    HttpProbe probe = client.probe(new ProbeLimits(10, Duration.ofSeconds(10)), Redactor.create());

    assertThatThrownBy(() -> send(probe, "/", 1, 1)).isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("GET " + url + " failed: TLS handshake failed: ")
        .hasMessageContaining("127.0.0.1");
  }

  @Test
  void aServerRefusingHttp11InAlpnIsReportedAsSuchBeforeAnyRequest() {
    MockWebServer server = serve(TlsMockServers.http2Only(),
        r -> new MockResponse.Builder().body("h2 only").build());
    HttpProbe probe = probe(server);

    assertThatThrownBy(() -> send(probe, "/", 2, 5)).isInstanceOf(Http11RefusedException.class)
        .hasMessageContaining("the server does not speak HTTP/1.1");
    assertThat(server.getRequestCount()).isZero();
  }
}
