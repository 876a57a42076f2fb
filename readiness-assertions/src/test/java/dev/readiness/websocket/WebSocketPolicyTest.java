package dev.readiness.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.http.ProbeRequest;
import dev.readiness.http.WebSocketHandshake;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven tests of the three WebSocket verdicts. A row names the verdict, the handshake's status (0: no HTTP
 * answer), its {@code Location} ({@code -} for none) and the failure expected ({@code -} for none).
 */
class WebSocketPolicyTest {

  private static final String PLAIN = "ws://localhost:8080/socket.io/?EIO=4&transport=websocket";
  private static final String TLS = "wss://localhost:8443/socket.io/?EIO=4&transport=websocket";
  private static final String ORIGIN = "https://x7.example";

  @ParameterizedTest(name = "websocket.{0}: {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      tls    | 101 | -                                | WebSocket handshake GET ws://localhost:8080/socket.io/?EIO=4&transport=websocket -> 101: the WebSocket is served without TLS, so messages and tokens cross the network in clear
      tls    | 301 | https://localhost:8443/socket.io/ | -
      tls    | 308 | wss://localhost:8443/socket.io/  | -
      tls    | 302 | http://localhost:8080/login      | -> 302 redirects to http://localhost:8080/login, which is not a TLS URL
      tls    | 307 | -                                | -> 307 redirects to nowhere, which is not a TLS URL
      tls    | 400 | -                                | -
      tls    | 426 | -                                | -
      tls    | 0   | -                                | -
      origin | 101 | -                                | WebSocket handshake GET wss://localhost:8443/socket.io/?EIO=4&transport=websocket -> 101 with Origin: https://x7.example: any website can open this WebSocket with the user's cookies (cross-site WebSocket hijacking)
      origin | 403 | -                                | -
      origin | 302 | https://x7.example/              | -
      origin | 0   | -                                | -
      auth   | 101 | -                                | WebSocket handshake GET wss://localhost:8443/socket.io/?EIO=4&transport=websocket -> 101 without credentials: the endpoint declared protected accepts anonymous clients
      auth   | 401 | -                                | -
      auth   | 403 | -                                | -
      auth   | 0   | -                                | -
      """)
  void judgesTheHandshake(String verdict, int status, String location, String expected) {
    List<Finding> findings = switch (verdict) {
      case "tls" -> WebSocketPolicy.plainRefused(handshake(PLAIN, status, location));
      case "origin" -> WebSocketPolicy.foreignOriginRefused(handshake(TLS, status, location), ORIGIN);
      default -> WebSocketPolicy.anonymousRefused(handshake(TLS, status, location));
    };

    if (expected.equals("-")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(finding -> {
        assertThat(finding.severity()).isEqualTo(Severity.FAIL);
        assertThat(finding.message()).contains(expected);
        assertThat(finding.fix()).isNotBlank();
      });
    }
  }

  @ParameterizedTest(name = "{0} {1} is judgeable: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      wss | 101 | true
      wss | 401 | true
      wss | 403 | true
      wss | 400 | true
      ws  | 426 | true
      ws  | 301 | true
      wss | 302 | true
      wss | 0   | false
      wss | 500 | false
      wss | 502 | false
      wss | 503 | false
      wss | 429 | false
      wss | 408 | false
      wss | 200 | true
      """)
  void onlyAnOpenedSocketARefusalOrARedirectCanBeJudged(String scheme, int status, boolean judgeable) {
    WebSocketHandshake attempt = handshake(scheme.equals("ws") ? PLAIN : TLS, status, "-");

    var reason = WebSocketPolicy.unjudgeable(attempt, " without credentials");

    if (judgeable) {
      assertThat(reason).isEmpty();
    } else {
      assertThat(reason).get().asString().startsWith(attempt.summary() + " without credentials (")
          .endsWith("): expected 101 (opened) or a 4xx refusal after the control opened, so the check cannot tell "
              + "whether the stack refuses this handshake or only failed to answer it");
    }
  }

  private static WebSocketHandshake handshake(String url, int status, String location) {
    return new WebSocketHandshake(ProbeRequest.get(URI.create(url)), status,
        location.equals("-") ? Optional.empty() : Optional.of(location),
        status == 0 ? "connection refused" : status == 101 ? "" : "not upgraded");
  }
}
