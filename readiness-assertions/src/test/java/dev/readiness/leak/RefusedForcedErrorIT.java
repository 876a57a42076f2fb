package dev.readiness.leak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.http.TlsMockServers;
import dev.readiness.profile.StackProfile;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * A server that refuses the over-long header at the transport, as nginx does over HTTP/2 (it resets the stream) or
 * a server that closes the connection: that refusal is an answer {@code leak.stack-trace} judges and keeps as
 * evidence, naming the request, never an ERROR.
 */
class RefusedForcedErrorIT {

  private static final int HTTP2_CANCEL = 8;

  private static CheckResult stackTrace(MockWebServer server, SocketEffect onPadding) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getHeaders().get("X-Readiness-Padding") != null
            ? new MockResponse.Builder().body("x".repeat(4096)).onResponseBody(onPadding).build()
            : new MockResponse.Builder().code(404).body("not found").build();
      }
    });
    StackProfile parsed = StackProfile.parse("target: {url: " + server.url("/") + "}\n", Path.of("."), Map.of());
    StackProfile profile = parsed.withTarget(parsed.target().toBuilder()
        .trust(TlsMockServers.LOCALHOST.certificate()).build());
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.run(CheckCatalog.require(StackTraceCheck.ID), session);
    }
  }

  @Test
  void aResetHttp2StreamIsARefusalJudgedAndKeptAsEvidence() {
    try (MockWebServer server = TlsMockServers.http2Only()) {
      CheckResult result = stackTrace(server, new SocketEffect.CloseStream(HTTP2_CANCEL));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      String refused = "GET " + server.url("/") + " -> refused: the server reset the HTTP/2 stream (stream was reset: "
          + "CANCEL)";
      assertThat(result.message()).contains(refused);
      assertThat(result.evidence()).anySatisfy(e -> {
        assertThat(e.title()).isEqualTo(refused);
        assertThat(e.detail()).contains("> X-Readiness-Padding: aaaa").contains("(16384 characters)");
      });
    }
  }

  @Test
  void aConnectionClosedInsteadOfAnAnswerIsARefusal() {
    try (MockWebServer server = TlsMockServers.plain()) {
      CheckResult result = stackTrace(server, new SocketEffect.CloseSocket(true, false, false));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).contains("GET " + server.url("/") + " -> refused: the server closed the "
          + "connection before answering");
    }
  }
}
