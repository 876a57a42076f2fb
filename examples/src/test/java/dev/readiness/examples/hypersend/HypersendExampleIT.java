package dev.readiness.examples.hypersend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.demo.DemoStack;
import dev.readiness.examples.ExampleKitContract;
import dev.readiness.examples.FindingsTable;
import dev.readiness.examples.StackMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hypersend kit against the demo stack as the report found it and hardened: the contract of every example, plus
 * the messages a developer reads for this report's findings.
 */
class HypersendExampleIT extends ExampleKitContract {

  @Override
  protected Class<?> kit() {
    return HypersendReadiness.class;
  }

  @Override
  protected String example() {
    return "hypersend";
  }

  @Override
  protected FindingsTable findings() {
    return FindingsTable.of(HypersendFindings.class);
  }

  @Override
  protected Map<String, String> environment() {
    return Map.of("HYPERSEND_PASSWORD", DemoStack.password());
  }

  /**
   * Hypersend's profile declares no WebSocket endpoint, so the WebSocket checks have nothing to probe; the embedded
   * demo runs in no container, so the container checks have none to inspect (a Testcontainers-started stack names
   * its container: see the testcontainers example).
   */
  @Override
  protected Map<String, String> notApplicable() {
    String websocket = "websocket.path is not configured in the stack profile";
    String containers = "containers is not configured in the stack profile";
    return Map.ofEntries(Map.entry("websocket.tls", websocket), Map.entry("websocket.origin", websocket),
        Map.entry("websocket.auth", websocket), Map.entry("container.user", containers),
        Map.entry("container.privileged", containers),
        Map.entry("logs.secrets", "logs.secrets reads the containers' logs, and the target is a plain URL"),
        Map.entry("resilience.restart", "persistence is not configured in the stack profile"),
        Map.entry("resilience.dependency-down", "dependency is not configured in the stack profile"),
        Map.entry("shutdown.graceful", "shutdown is not configured in the stack profile"),
        Map.entry("auth.session-lifetime", "the login issued no JWT refresh token and no cookie with Max-Age or Expires"));
  }

  @Test
  void asFoundNamesTheLiteralDatabasePasswordInCompose() {
    assertThat(message(StackMode.AS_FOUND, "config.secrets")).contains("docker-compose.yml: service 'mongo' sets "
        + "MONGO_INITDB_ROOT_PASSWORD to a literal value").contains("(and 1 more)");
  }

  @Test
  void asFoundReadsEveryComposeFileOfTheRepository() {
    assertThat(message(StackMode.AS_FOUND, "compose.resources"))
        .contains("docker-compose.yml: service 'mongo' sets no memory or CPU limit").contains("(and 5 more)");
    assertThat(message(StackMode.AS_FOUND, "docker.pinned")).contains("FROM nginx:latest is not pinned")
        .contains("(and 2 more)");
  }

  @Test
  void asFoundTokensLiveSevenDaysAndAreSignedWithAWordlistSecret() {
    assertThat(message(StackMode.AS_FOUND, "jwt.lifetime"))
        .contains("the access token lives 7 days (exp - iat), longer than the maximum of 15 minutes");
    assertThat(message(StackMode.AS_FOUND, "jwt.secret"))
        .contains("signature verifies with a 6-character secret from the built-in wordlist");
  }

  @Test
  void asFoundBurstIsNeverLimitedSoThereIsNoSignalToJudge() {
    assertThat(message(StackMode.AS_FOUND, "ratelimit.api"))
        .contains("sent 300 × GET https://localhost:").contains("no response was 429 or 503 and none was delayed");
    assertThat(message(StackMode.AS_FOUND, "ratelimit.signal")).isEqualTo("ratelimit.signal SKIPPED: no burst of "
        + "ratelimit.api met a limited response, so there is no signal to judge");
  }
}
