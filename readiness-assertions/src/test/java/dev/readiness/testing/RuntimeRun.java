package dev.readiness.testing;

import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs catalogue checks, in order and in one session, against a profile written as YAML text. */
public final class RuntimeRun {

  /** The {@code auth} section of the runtime application's login and refresh. */
  public static final String AUTH = """
      auth:
        login:
          path: /login
          body: '{"username":"${user}","password":"${password}"}'
          user: alice
          password: '%s'
          accessToken: /access_token
          refreshToken: /refresh_token
        refresh:
          path: /refresh
          body: '{"refresh_token":"${refreshToken}"}'
      """.formatted(RuntimeStack.PASSWORD);

  private RuntimeRun() {}

  /**
   * @param yaml the profile
   * @param checks the checks, run in this order in one session
   * @return their results, in the same order
   */
  public static List<CheckResult> run(String yaml, Check... checks) {
    StackProfile profile = StackProfile.parse(yaml, Path.of("").toAbsolutePath(), Map.of());
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(checks), session);
    }
  }
}
