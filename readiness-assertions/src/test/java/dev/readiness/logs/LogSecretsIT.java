package dev.readiness.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.auth.AuthRequiredCheck;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.testing.RuntimeRun;
import dev.readiness.testing.RuntimeStack;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * logs.secrets against the runtime application (.ci/docker-images.sh) after a login: an application that logs the
 * method and path passes; one that logs bodies, tokens and headers fails, showing the lines redacted. Skipped, with
 * the reason, without Docker or the images.
 */
class LogSecretsIT {

  private static final String PROFILE = "paths:\n  protected: /api/me\n" + RuntimeRun.AUTH;

  @Test
  void passesWhenTheLogsHoldNoSecret() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("LOG_SECRETS=false")) {
      CheckResult result = RuntimeRun.run(stack.profile(PROFILE), new LogSecretsCheck()).get(0);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
      assertThat(result.message()).matches("none of the \\d+ log lines of container '" + stack.appName()
          + "' \\([0-9a-f]{12}\\) holds the login password, the access token, the refresh token, the value of cookie "
          + "'refresh'");
    }
  }

  @Test
  void failsWhenTheLogsHoldThePasswordAndTheTokens() {
    try (RuntimeStack stack = RuntimeStack.require().withApp("LOG_SECRETS=true")) {
      List<CheckResult> results = RuntimeRun.run(stack.profile(PROFILE), new AuthRequiredCheck(),
          new LogSecretsCheck());
      CheckResult result = results.get(1);

      assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
      assertThat(result.message()).startsWith("container '" + stack.appName() + "' (" + stack.app().substring(0, 12)
          + ") logged the login password in 1 line, the access token in ")
          .contains("the refresh token in", "so anyone who reads the logs can log in as the user: ",
              // the session's redactor masks a password field whatever it holds
              "POST /login Authorization: null Cookie: null body: {\"username\":\"alice\",\"password\":\"<redacted>\"}",
              "issued access_token=<the access token> refresh_token=<the refresh token>")
          .doesNotContain(RuntimeStack.PASSWORD);
      assertThat(result.fix()).isEqualTo(LogSecretsPolicy.FIX);
    }
  }

  @Test
  void isSkippedForAPlainUrl() {
    CheckResult result = RuntimeRun.run("target:\n  url: http://127.0.0.1:9/\n" + PROFILE, new LogSecretsCheck())
        .get(0);

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).startsWith("logs.secrets reads the containers' logs, and the target is a plain URL");
  }
}
