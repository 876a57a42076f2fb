package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.demo.DemoStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A profile whose {@code auth.login.password} names an unset environment variable: the checks that need no login
 * judge the hardened demo stack as usual, and only the checks that log in report the variable (ERROR, never PASS).
 */
class LazyCredentialsIT {

  private static final String UNSET = "READINESS_LAZY_CREDENTIALS_UNSET";

  private static StackProfile profileWithUnsetPassword(DemoStack stack) throws IOException {
    Path directory = Files.createTempDirectory("readiness-lazy-credentials");
    Path file = stack.writeProfile(directory);
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    String withReference = yaml.replace("password: '" + DemoStack.password() + "'", "password: ${env:" + UNSET + "}");
    assertThat(withReference).as("the demo profile's password line").isNotEqualTo(yaml);
    return StackProfile.parse(withReference, directory, Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tls.protocols", "hsts.present", "hsts.max-age", "leak.banner", "headers.csp"})
  void checksThatDoNotLogInPass(String id) throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = Readiness.check(id, profileWithUnsetPassword(stack));

      assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jwt.lifetime", "auth.default-credentials", "ratelimit.login"})
  void checksThatLogInReportTheUnsetVariable(String id) throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = Readiness.check(id, profileWithUnsetPassword(stack));

      assertThat(result.status()).isEqualTo(Status.ERROR);
      assertThat(result.message()).contains("auth.login.password: environment variable " + UNSET
          + " is not set and has no default (use ${env:" + UNSET + ":-default})");
    }
  }
}
