package dev.readiness.examples.monttyzoom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.demo.DemoStack;
import dev.readiness.examples.ExampleKitContract;
import dev.readiness.examples.FindingsTable;
import dev.readiness.examples.StackMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The montty-zoom kit against the demo stack as the report found it and hardened: the contract of every example,
 * plus the messages a developer reads for this report's findings.
 */
class MonttyZoomExampleIT extends ExampleKitContract {

  @Override
  protected Class<?> kit() {
    return MonttyZoomReadiness.class;
  }

  @Override
  protected String example() {
    return "monttyzoom";
  }

  @Override
  protected FindingsTable findings() {
    return FindingsTable.of(MonttyZoomFindings.class);
  }

  @Override
  protected Map<String, String> environment() {
    return Map.of("MONTTY_ZOOM_PASSWORD", DemoStack.password());
  }

  /**
   * Montty-zoom's login returns no refresh token, so the profile configures no refresh flow; the embedded demo runs
   * in no container, so the container checks have none to inspect.
   */
  @Override
  protected Map<String, String> notApplicable() {
    String containers = "containers is not configured in the stack profile";
    return Map.of("auth.refresh-rotation", "auth.refresh or auth.login is not configured in the profile",
        "container.user", containers, "container.privileged", containers,
        "logs.secrets", "logs.secrets reads the containers' logs, and the target is a plain URL",
        "resilience.restart", "persistence is not configured in the stack profile",
        "resilience.dependency-down", "dependency is not configured in the stack profile",
        "shutdown.graceful", "shutdown is not configured in the stack profile",
        "auth.session-lifetime", "the login issued no JWT refresh token and no cookie with Max-Age or Expires");
  }

  @Test
  void asFoundPlainHttpServesTheAppInsteadOfRedirecting() {
    assertThat(message(StackMode.AS_FOUND, "https.redirect"))
        .contains("-> 200: the plain-HTTP listener answers 200 instead of redirecting to HTTPS");
  }

  @Test
  void asFoundSignallingUpgradesOverPlainWebSocket() {
    assertThat(message(StackMode.AS_FOUND, "websocket.tls"))
        .contains("WebSocket handshake GET ws://localhost:")
        .contains("/socket.io/?EIO=4&transport=websocket -> 101: the WebSocket is served without TLS");
  }

  @Test
  void asFoundNamesEveryVariableTheCodeReadsWithoutAnExample() {
    assertThat(message(StackMode.AS_FOUND, "config.env-example"))
        .contains("is read at server/src/").contains("but the repository has no .env.example (and 17 more)");
  }

  @Test
  void asFoundHasNoContainerFilesToJudgeAndSaysSo() {
    for (String id : new String[] {"docker.user", "docker.pinned", "docker.healthcheck"}) {
      assertThat(message(StackMode.AS_FOUND, id))
          .isEqualTo(id + " SKIPPED: the repository has no Dockerfile and no compose file");
    }
    for (String id : new String[] {"compose.resources", "compose.ports"}) {
      assertThat(message(StackMode.AS_FOUND, id)).isEqualTo(id + " SKIPPED: the repository has no compose service");
    }
  }
}
