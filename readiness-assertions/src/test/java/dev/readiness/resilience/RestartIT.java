package dev.readiness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.testing.RuntimeRun;
import dev.readiness.testing.RuntimeStack;
import org.junit.jupiter.api.Test;

/**
 * resilience.restart against the runtime application (.ci/docker-images.sh): notes kept in Redis survive a restart
 * of the application container, notes kept in memory do not. Skipped, with the reason, without Docker or the images.
 */
class RestartIT {

  private static final String PERSISTENCE = """
      paths:
        health: /health
      persistence:
        create: {method: POST, path: /api/notes, body: '{"text":"survives"}'}
        read: {path: '/api/notes/${id}'}
        healthWithin: 30s
      """;

  @Test
  void passesWhenTheRecordLivesInRedis() {
    try (RuntimeStack stack = RuntimeStack.require().withRedis().withApp("STORE=redis")) {
      CheckResult result = RuntimeRun.run(stack.profile(PERSISTENCE), new RestartCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).matches("the record created by POST /api/notes \\(id [0-9a-f-]{36}\\) read back "
          + "200 before and 200 after restarting container '" + stack.appName() + "' \\([0-9a-f]{12}\\), healthy "
          + "again");
    }
  }

  @Test
  void failsWhenTheRecordLivesInMemory() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("STORE=memory")) {
      CheckResult result = RuntimeRun.run(stack.profile(PERSISTENCE), new RestartCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).matches("GET /api/notes/[0-9a-f-]{36} answered 200 before and 404 after restarting "
          + "container '" + stack.appName() + "' \\([0-9a-f]{12}\\): the record created by POST /api/notes is gone, "
          + "so the data lives in the process's memory");
      assertThat(result.fix()).isEqualTo(RestartCheck.FIX);
    }
  }

  @Test
  void isSkippedForAPlainUrl() {
    CheckResult result = RuntimeRun.run("target:\n  url: http://127.0.0.1:9/\n" + PERSISTENCE, new RestartCheck())
        .get(0);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).isEqualTo("resilience.restart restarts the application container, and the target is "
        + "a plain URL: name the container in persistence.container or containers, or mark the Testcontainers field "
        + "@ReadinessTarget");
  }
}
