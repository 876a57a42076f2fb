package dev.readiness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.testing.RuntimeRun;
import dev.readiness.testing.RuntimeStack;
import org.junit.jupiter.api.Test;

/**
 * resilience.dependency-down against the runtime application and Redis (.ci/docker-images.sh): a deep health check
 * with clean 503s passes; a health endpoint that always says UP and an API that answers with the stack trace fails,
 * naming both. Skipped, with the reason, without Docker or the images.
 */
class DependencyDownIT {

  private static String dependency(RuntimeStack stack) {
    return """
        paths:
          health: /health
        dependency:
          container: %s
          api: {method: POST, path: /api/notes, body: '{"text":"needs redis"}'}
          within: 15s
        """.formatted(stack.redis());
  }

  @Test
  void passesWhenHealthReportsTheOutageAndTheApplicationRecovers() {
    try (RuntimeStack stack = RuntimeStack.require().withRedis().withApp("STORE=redis", "HEALTH=deep")) {
      CheckResult result = RuntimeRun.run(stack.profile(dependency(stack)), new DependencyDownCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("with container '" + stack.redisName() + "' (" + stack.redis()
          .substring(0, 12) + ") stopped, /health answered 503 {\"status\":\"DOWN\"} and the API 503; after it started "
          + "again, /health answered 200 and the API 201 without a restart");
    }
  }

  @Test
  void failsWhenHealthStaysUpAndTheApiShowsItsStackTrace() {
    try (RuntimeStack stack = RuntimeStack.require().withRedis()
        .withApp("STORE=redis", "HEALTH=shallow", "ERRORS=trace")) {
      CheckResult result = RuntimeRun.run(stack.profile(dependency(stack)), new DependencyDownCheck()).get(0);

      String redis = "container '" + stack.redisName() + "' (" + stack.redis().substring(0, 12) + ")";
      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).startsWith("health did not report the outage: with " + redis + " stopped, /health "
          + "still answered 200 {\"status\":\"UP\"} after 15 s; the API did not fail fast and clean while " + redis
          + " was stopped: POST http://127.0.0.1:")
          .contains("/api/notes -> 500", "whose body shows a Java or Kotlin stack frame (at java.base/")
          .doesNotContain("did not recover");
      assertThat(result.fix()).startsWith("Let the health endpoint check the database");
    }
  }

  @Test
  void isSkippedWithoutADependency() {
    CheckResult result = RuntimeRun.run("target:\n  url: http://127.0.0.1:9/\npaths:\n  health: /health\n",
        new DependencyDownCheck()).get(0);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).startsWith("dependency is not configured in the stack profile");
  }
}
