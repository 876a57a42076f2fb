package dev.readiness.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The websocket.* checks against the embedded demo stack's Socket.io-like endpoint. */
class WebSocketDemoIT {

  private static Map<String, CheckResult> runCatalogue(DemoStack stack) throws IOException {
    StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-ws")));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(CheckCatalog.all(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));
    }
  }

  @Test
  void hardenedStackPassesEveryWebSocketCheck() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Map<String, CheckResult> results = runCatalogue(stack);

      List.of("websocket.tls", "websocket.origin", "websocket.auth").forEach(id -> assertThat(
          results.get(id).status()).as(id + ": " + results.get(id).message()).isEqualTo(Status.PASS));
      String socket = stack.httpsUrl().getAuthority() + "/socket.io/?EIO=4&transport=websocket";
      assertThat(results.get("websocket.tls").message()).isEqualTo("WebSocket handshake GET wss://" + socket
          + " -> 101 opened and the ws:// handshake on the plain listener was redirected (301 to https://" + socket
          + ")");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WEBSOCKET_PLAINTEXT | websocket.tls | -> 101: the WebSocket is served without TLS, so messages and tokens "
          + "cross the network in clear",
      "WEBSOCKET_ANY_ORIGIN | websocket.origin | any website can open this WebSocket with the user's cookies",
      "WEBSOCKET_NO_AUTH | websocket.auth | -> 101 without credentials: the endpoint declared protected accepts "
          + "anonymous clients"})
  void eachWebSocketMisconfigurationFailsExactlyItsCheck(Misconfiguration fault, String id, String expected)
      throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(fault))) {
      Map<String, CheckResult> results = runCatalogue(stack);

      assertThat(results.values().stream().filter(r -> r.status() != Status.PASS && r.status() != Status.SKIPPED)
          .map(r -> r.id() + ": " + r.message())).as(fault.name()).singleElement().asString().startsWith(id + ": ");
      assertThat(results.get(id).status()).isEqualTo(Status.FAIL);
      assertThat(results.get(id).message()).contains(expected);
    }
  }
}
