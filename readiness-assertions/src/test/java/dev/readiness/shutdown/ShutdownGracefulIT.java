package dev.readiness.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.testing.RuntimeRun;
import dev.readiness.testing.RuntimeStack;
import org.junit.jupiter.api.Test;

/**
 * shutdown.graceful against the runtime application (.ci/docker-images.sh) with a 2 s long poll in flight: the
 * application that drains on SIGTERM passes; the one that ignores SIGTERM is killed and fails. Skipped, with the
 * reason, without Docker or the images.
 */
class ShutdownGracefulIT {

  private static final String PROFILE = """
      shutdown:
        request: {path: /slow}
        stopTimeout: 4s
      """;

  @Test
  void passesWhenTheRequestInFlightCompletesAndTheContainerExitsBySelf() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("SHUTDOWN=drain", "SLOW_MS=2000")) {
      CheckResult result = RuntimeRun.run(stack.profile(PROFILE), new ShutdownGracefulCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).isEqualTo("with GET /slow in flight, SIGTERM to container '" + stack.appName()
          + "' (" + stack.app().substring(0, 12) + ") let it complete (200), and the container exited by itself with "
          + "code 143 within 4 s");
    }
  }

  @Test
  void failsWhenTheProcessIgnoresSigterm() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("SHUTDOWN=ignore", "SLOW_MS=2000")) {
      CheckResult result = RuntimeRun.run(stack.profile(PROFILE), new ShutdownGracefulCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).isEqualTo("container '" + stack.appName() + "' (" + stack.app().substring(0, 12)
          + ") was still running 4 s after SIGTERM and had to be killed with SIGKILL, as docker stop does: the process "
          + "ignores SIGTERM (a shell as PID 1, or no handler)");
    }
  }

  @Test
  void isSkippedForAPlainUrl() {
    CheckResult result = RuntimeRun.run("target:\n  url: http://127.0.0.1:9/\n" + PROFILE,
        new ShutdownGracefulCheck()).get(0);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).startsWith("shutdown.graceful sends SIGTERM to the application container, and the "
        + "target is a plain URL");
  }
}
