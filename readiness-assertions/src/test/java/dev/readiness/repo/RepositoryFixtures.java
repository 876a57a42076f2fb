package dev.readiness.repo;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.profile.StackProfile;
import java.nio.file.Path;
import java.util.Map;

/** The seed-shaped repositories under {@code src/test/resources/repos}, and running one check on one of them. */
final class RepositoryFixtures {

  static final Path REPOS = Path.of("src/test/resources/repos").toAbsolutePath();

  private RepositoryFixtures() {}

  static StackProfile profile(String repository) {
    return StackProfile.parse("target:\n  url: https://localhost:9\nrepository: " + repository + "\n", REPOS,
        Map.of());
  }

  static CheckResult check(String id, String repository) {
    return Readiness.check(id, profile(repository));
  }
}
