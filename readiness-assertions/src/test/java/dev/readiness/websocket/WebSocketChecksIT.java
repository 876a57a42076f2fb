package dev.readiness.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Category;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The websocket.* checks against scripted MockWebServers: an HTTPS listener and a plain one. */
class WebSocketChecksIT {

  private static final String PATH = "/socket.io/?EIO=4&transport=websocket";
  private static final String APP = "https://app.example.com";
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

  @TempDir
  Path directory;

  private MockWebServer secure;
  private MockWebServer plain;

  @AfterEach
  void stop() throws Exception {
    secure.close();
    plain.close();
  }

  private static Predicate<RecordedRequest> hardenedUpgrade() {
    return r -> APP.equals(r.getHeaders().get("Origin")) && ("Bearer " + TOKEN).equals(r.getHeaders().get("Authorization"));
  }

  private static Dispatcher dispatcher(Predicate<RecordedRequest> upgrades, boolean redirect) {
    return dispatcher(upgrades, redirect, () -> new MockResponse.Builder().code(403).build());
  }

  private static Dispatcher dispatcher(Predicate<RecordedRequest> upgrades, Supplier<MockResponse> otherwise) {
    return dispatcher(upgrades, false, otherwise);
  }

  private static Dispatcher dispatcher(Predicate<RecordedRequest> upgrades, boolean redirect,
      Supplier<MockResponse> otherwise) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getMethod().equals("POST") && request.getTarget().equals("/login")) {
          return new MockResponse.Builder().code(200).body("{\"access_token\":\"" + TOKEN + "\"}").build();
        }
        if (redirect) {
          return new MockResponse.Builder().code(301).addHeader("Location", "https://localhost/").build();
        }
        return upgrades.test(request)
            ? new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
              @Override
              public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null);
              }
            }).build()
            : otherwise.get();
      }
    };
  }

  private Map<String, CheckResult> run(Predicate<RecordedRequest> secureUpgrades, Dispatcher plainAnswers,
      String websocketYaml) throws IOException {
    return run(dispatcher(secureUpgrades, false), plainAnswers, websocketYaml);
  }

  private Map<String, CheckResult> run(Dispatcher secureAnswers, Dispatcher plainAnswers, String websocketYaml)
      throws IOException {
    secure = TlsMockServers.https();
    plain = TlsMockServers.plain();
    secure.setDispatcher(secureAnswers);
    plain.setDispatcher(plainAnswers);
    Files.writeString(directory.resolve("ca.pem"), TlsMockServers.LOCALHOST.certificatePem());
    String yaml = "target:\n  url: " + secure.url("/") + "\n  timeout: 1s" + "\n  httpUrl: " + plain.url("/") + "\n  trust: ca.pem\n"
        + "auth:\n  login:\n    path: /login\n    body: '{\"username\":\"${user}\",\"password\":\"${password}\"}'\n"
        + "    user: alice\n    password: s3cret\n    accessToken: /access_token\n"
        + "cors:\n  allowedOrigins: [" + APP + "]\n" + websocketYaml;
    StackProfile profile = StackProfile.parse(yaml, directory, Map.of());
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(CheckCatalog.all().stream().filter(c -> c.category() == Category.WEBSOCKET)
          .toList(), session).stream().collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  private static final String PROTECTED = "websocket:\n  path: " + PATH + "\n  protected: true\n";

  @Test
  void hardenedEndpointPassesAllThreeChecks() throws IOException {
    Map<String, CheckResult> results = run(hardenedUpgrade(), dispatcher(r -> false, true), PROTECTED);

    results.values().forEach(r -> assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.PASS));
    String wss = "WebSocket handshake GET wss://localhost:" + secure.getPort() + PATH + " -> 101";
    assertThat(results.get("websocket.tls").message())
        .isEqualTo(wss + " opened and the ws:// handshake on the plain listener was redirected (301 to "
            + "https://localhost/)");
    assertThat(results.get("websocket.auth").message()).isEqualTo(wss + " opened with a bearer token and was "
        + "refused with 403 without one");
    assertThat(results.get("websocket.auth").outcome().evidence().toString()).doesNotContain(TOKEN);
  }

  @Test
  void plainListenerThatUpgradesFailsTls() throws IOException {
    Map<String, CheckResult> results = run(hardenedUpgrade(), dispatcher(hardenedUpgrade(), false), PROTECTED);

    assertThat(results.get("websocket.tls").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("websocket.tls").message()).isEqualTo("WebSocket handshake GET ws://localhost:"
        + plain.getPort() + PATH + " -> 101: the WebSocket is served without TLS, so messages and tokens cross the "
        + "network in clear");
    assertThat(results.get("websocket.origin").status()).isEqualTo(Status.PASS);
    assertThat(results.get("websocket.auth").status()).isEqualTo(Status.PASS);
  }

  @Test
  void anyOriginAcceptedFailsOrigin() throws IOException {
    Map<String, CheckResult> results = run(r -> r.getHeaders().get("Authorization") != null,
        dispatcher(r -> false, true), PROTECTED);

    assertThat(results.get("websocket.origin").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("websocket.origin").message()).matches("WebSocket handshake GET wss://localhost:\\d+"
        + "/socket\\.io/\\?EIO=4&transport=websocket -> 101 with Origin: https://readiness-[a-z]{12}\\.example: "
        + "any website can open this WebSocket with the user's cookies \\(cross-site WebSocket hijacking\\)");
    assertThat(results.get("websocket.tls").status()).isEqualTo(Status.PASS);
    assertThat(results.get("websocket.auth").status()).isEqualTo(Status.PASS);
  }

  @Test
  void anonymousHandshakeAcceptedFailsAuth() throws IOException {
    Map<String, CheckResult> results = run(r -> APP.equals(r.getHeaders().get("Origin")),
        dispatcher(r -> false, true), PROTECTED);

    assertThat(results.get("websocket.auth").status()).isEqualTo(Status.FAIL);
    assertThat(results.get("websocket.auth").message()).endsWith(" -> 101 without credentials: the endpoint "
        + "declared protected accepts anonymous clients");
    assertThat(results.get("websocket.origin").status()).isEqualTo(Status.PASS);
  }

  @Test
  void refusedControlMakesEveryCheckAnError() throws IOException {
    Map<String, CheckResult> results = run(r -> false, dispatcher(r -> false, true), PROTECTED);

    results.values().forEach(r -> {
      assertThat(r.status()).as(r.id()).isEqualTo(Status.ERROR);
      assertThat(r.message()).startsWith("the positive control failed: WebSocket handshake GET wss://localhost:"
          + secure.getPort() + PATH + " -> 403 with Origin: " + APP + " and a bearer token did not open");
    });
  }

  @Test
  void unprotectedEndpointSkipsAuthAndWithoutPathEverythingIsSkipped() throws Exception {
    Map<String, CheckResult> unprotected = run(r -> APP.equals(r.getHeaders().get("Origin")),
        dispatcher(r -> false, true), "websocket:\n  path: " + PATH + "\n");
    assertThat(unprotected.get("websocket.auth").status()).isEqualTo(Status.SKIPPED);
    assertThat(unprotected.get("websocket.origin").status()).isEqualTo(Status.PASS);
    stop();

    Map<String, CheckResult> none = run(r -> true, dispatcher(r -> true, false), "");
    none.values().forEach(r -> assertThat(r.message()).isEqualTo("websocket.path is not configured in the stack "
        + "profile, so there is no WebSocket endpoint to probe"));
  }

  private static MockResponse hostile(String answer) {
    return switch (answer) {
      case "stall" -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      case "drop" -> new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      default -> new MockResponse.Builder().code(Integer.parseInt(answer)).build();
    };
  }

  @ParameterizedTest(name = "the refused handshakes answered {0}")
  @ValueSource(strings = {"stall", "drop", "502", "503", "429"})
  void noAnswerAfterTheControlIsAnErrorNotARefusal(String answer) throws IOException {
    Map<String, CheckResult> results = run(dispatcher(hardenedUpgrade(), () -> hostile(answer)),
        dispatcher(r -> false, () -> hostile(answer)), PROTECTED);

    for (String id : new String[] {"websocket.auth", "websocket.origin", "websocket.tls"}) {
      CheckResult result = results.get(id);
      assertThat(result.status()).as(id + ": " + result.message()).isEqualTo(Status.ERROR);
      if (answer.equals("stall")) {
        // a stalled handshake is cut by the whole-exchange deadline before it can be judged
        assertThat(result.message()).as(id).contains(" failed: no handshake answer within the check's remaining "
            + "deadline");
      } else {
        assertThat(result.message()).as(id).contains(": expected 101 (opened) or a 4xx refusal after the control "
            + "opened, so the check cannot tell whether the stack refuses this handshake or only failed to answer it");
      }
    }
    if (answer.equals("stall")) {
      return;
    }
    String expected = switch (answer) {
      case "drop" -> "-> no HTTP answer (";
      default -> "-> " + answer + " without credentials (";
    };
    assertThat(results.get("websocket.auth").message()).contains(expected);
  }

  @Test
  void plainListenerThatStallsIsAnErrorForTlsNotAPass() throws IOException {
    Map<String, CheckResult> results = run(hardenedUpgrade(), dispatcher(r -> false, () -> hostile("stall")),
        PROTECTED);

    assertThat(results.get("websocket.tls").status()).isEqualTo(Status.ERROR);
    // the stalled plain handshake is cut by the whole-exchange deadline: never a refusal
    assertThat(results.get("websocket.tls").message()).startsWith("GET ws://localhost:" + plain.getPort() + PATH
        + " failed: no handshake answer within the check's remaining deadline");
    assertThat(results.get("websocket.auth").status()).isEqualTo(Status.PASS);
  }
}
