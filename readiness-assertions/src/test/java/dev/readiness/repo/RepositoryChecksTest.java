package dev.readiness.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every repository check against the seed-shaped fixtures: the hardened forms pass, the as-reported forms fail. */
class RepositoryChecksTest {

  private static final String[] IDS = {"config.env-example", "config.secrets", "docker.user", "docker.pinned",
      "docker.healthcheck", "compose.resources", "compose.ports"};

  @ParameterizedTest
  @ValueSource(strings = {"video-hardened", "chat-hardened"})
  void hardenedRepositoriesPassEveryRepositoryCheck(String repository) {
    for (String id : IDS) {
      CheckResult result = RepositoryFixtures.check(id, repository);
      assertThat(result.status()).as(id + ": " + result.message()).isEqualTo(Status.PASS);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      config.env-example | video-reported | REACT_APP_API_URL is read at frontend/src/api.js:1 but the repository has no .env.example
      config.env-example | video-reported | JWT_SECRET is read at backend/src/server.js:6 but the repository has no .env.example
      config.env-example | video-reported | API_BASE_URL is read at mobile/lib/config.dart:1 but the repository has no .env.example
      config.env-example | chat-reported  | MONGO_PASSWORD is read at backend/app/main.py:6 (and 1 more places) but the repository has no .env.example
      config.env-example | chat-reported  | WS_URL is read at mobile/lib/main.dart:1 but the repository has no .env.example
      config.secrets     | video-reported | .env is in the repository (not ignored by .gitignore) with values for MONGO_URI, JWT_SECRET; anyone with the repository has them
      config.secrets     | video-reported | docker-compose.yml: service 'backend' sets MONGO_URI, JWT_SECRET to a literal value (or a literal ${VAR:-default}) in the compose file, so the credential is in the repository
      config.secrets     | chat-reported  | docker-compose.yml: service 'mongo' sets MONGO_INITDB_ROOT_PASSWORD to a literal value (or a literal ${VAR:-default}) in the compose file, so the credential is in the repository
      config.secrets     | chat-reported  | docker-compose.yml: service 'backend' sets MONGO_PASSWORD to a literal value (or a literal ${VAR:-default}) in the compose file, so the credential is in the repository
      docker.user        | video-reported | frontend/Dockerfile: the final stage (FROM nginx at line 6) sets no USER, so the container runs as root
      docker.user        | chat-reported  | docker-compose.99999.yml: service 'backend' sets user: root, so the container runs as root
      docker.pinned      | video-reported | backend/Dockerfile:1 FROM node:latest is not pinned: it uses :latest, so a rebuild can silently pull a different image
      docker.pinned      | video-reported | frontend/Dockerfile:1 FROM node is not pinned: it has no tag, so it means :latest, so a rebuild can silently pull a different image
      docker.pinned      | chat-reported  | docker-compose.yml: service 'mongo' image mongo is not pinned: it has no tag, so it means :latest, so a rebuild can silently pull a different image
      docker.healthcheck | chat-reported  | docker-compose.11.yml: service 'redis' has no healthcheck (neither in the compose file nor in its Dockerfile), so nothing notices when it hangs and depends_on cannot wait for it
      compose.resources  | video-reported | docker-compose.yml: service 'mongo' sets no memory or CPU limit, so one runaway container can starve the host
      compose.ports      | video-reported | docker-compose.yml: service 'mongo' publishes 27017:27017 on all interfaces, so the database or cache is reachable from the network
      compose.ports      | chat-reported  | docker-compose.99999.yml: service 'mongo' publishes 0.0.0.0:27017:27017 on all interfaces, so the database or cache is reachable from the network
      """)
  void asReportedRepositoriesFailWithTheFinding(String id, String repository, String message) {
    CheckResult result = RepositoryFixtures.check(id, repository);
    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.findings()).extracting(Finding::message).contains(message);
  }

  @Test
  void everyAsReportedFindingCountIsExact() {
    assertThat(RepositoryFixtures.check("config.env-example", "video-reported").findings()).hasSize(6);
    assertThat(RepositoryFixtures.check("docker.healthcheck", "chat-reported").findings()).hasSize(6);
    assertThat(RepositoryFixtures.check("compose.ports", "chat-reported").findings()).hasSize(3);
    assertThat(RepositoryFixtures.check("compose.ports", "video-reported").findings()).hasSize(1);
  }

  @Test
  void skipsWithoutARepositoryInTheProfile() {
    StackProfile profile = StackProfile.parse("target:\n  url: https://localhost:9\n", Path.of("."), Map.of());
    for (String id : IDS) {
      CheckResult result = Readiness.check(id, profile);
      assertThat(result.status()).isEqualTo(Status.SKIPPED);
      assertThat(result.message()).isEqualTo("repository is not configured in the stack profile");
    }
  }

  @Test
  void composeChecksSkipARepositoryWithoutCompose(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve("Dockerfile"), "FROM alpine:3.20\nUSER 1000\n");
    CheckResult result = Readiness.check("compose.resources", profileOf(repository));
    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).isEqualTo("the repository has no compose service");
  }

  @Test
  void anInvalidComposeFileIsAnErrorNamingTheFile(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve("docker-compose.yml"), "services:\n  web: [unclosed\n");
    CheckResult result = Readiness.check("compose.ports", profileOf(repository));
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).startsWith("docker-compose.yml is not valid YAML: ");
  }

  @Test
  void aDotenvIgnoredByGitIsNotCommitted(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve(".env"), "JWT_SECRET=local-only\n");
    assertThat(Readiness.check("config.secrets", profileOf(repository)).status()).isEqualTo(Status.FAIL);
    Files.writeString(repository.resolve(".gitignore"), "node_modules/\n.env\n");
    Files.writeString(repository.resolve(".env.example"), "JWT_SECRET=\n");
    assertThat(Readiness.check("config.secrets", profileOf(repository)).status()).isEqualTo(Status.PASS);
  }

  @Test
  void anEmptyRepositoryHasNothingToJudgeAndSaysWhatWasLookedFor(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve("README.md"), "# nothing here\n");

    CheckResult env = Readiness.check("config.env-example", profileOf(repository));
    CheckResult secrets = Readiness.check("config.secrets", profileOf(repository));

    assertThat(env.status()).as(env.message()).isEqualTo(Status.SKIPPED);
    assertThat(env.message()).isEqualTo("the repository reads no environment variable, so there is nothing for "
        + ".env.example to list: looked for process.env / import.meta.env (JS, TS), os.environ / getenv (Python), "
        + "System.getenv (Java, Kotlin), os.Getenv / os.LookupEnv (Go), fromEnvironment / dotenv.env (Dart) and "
        + "${VAR} in compose files");
    assertThat(secrets.status()).as(secrets.message()).isEqualTo(Status.SKIPPED);
    assertThat(secrets.message()).isEqualTo("the repository has nothing that could hold a committed secret: looked "
        + "for .env files not ignored by the root .gitignore, example env files (.env.example, .env.sample, "
        + ".env.template, .env.dist, .env.defaults) and compose files (docker-compose*.yml, compose*.yml), and "
        + "found none");
  }

  @Test
  void anInstructionInTheExampleFileIsNoSecretAndRealKeysStillFail(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve(".env.example"), "SECRET_KEY=generate-with-openssl-rand-hex-32\n"
        + "JWT_SECRET=your_jwt_secret\nDB_PASSWORD=changeme\n");
    CheckResult instruction = Readiness.check("config.secrets", profileOf(repository));
    assertThat(instruction.status()).as(instruction.message()).isEqualTo(Status.PASS);

    String hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    Files.writeString(repository.resolve(".env.example"), "SECRET_KEY=" + hex + "\nAWS_ID=AKIA" + "Z7Q3V5X2M4N6P8R1\n"
        + "JWT_SECRET=generate-with-openssl-rand-hex-32\n");
    CheckResult real = Readiness.check("config.secrets", profileOf(repository));
    assertThat(real.status()).isEqualTo(Status.FAIL);
    assertThat(real.message()).isEqualTo(".env.example gives SECRET_KEY (a random-looking hex string (3.8 bits of "
        + "entropy per character)), AWS_ID (an AWS access key ID) a value that is a real secret, not an instruction "
        + "or a placeholder; an example file is read by everyone and often copied as is");
    assertThat(real.toString()).doesNotContain(hex).doesNotContain("Z7Q3V5X2M4N6P8R1");
  }

  @Test
  void anExampleFileAloneIsJudgedBySecretsButNotByEnvExample(@TempDir Path repository) throws IOException {
    Files.writeString(repository.resolve(".env.example"), "JWT_SECRET=your_secret\n");

    assertThat(Readiness.check("config.secrets", profileOf(repository)).status()).isEqualTo(Status.PASS);
    assertThat(Readiness.check("config.env-example", profileOf(repository)).status()).isEqualTo(Status.SKIPPED);
  }

  @Test
  void skipsDependencyDirectories(@TempDir Path repository) throws IOException {
    Path module = Files.createDirectories(repository.resolve("node_modules/lib"));
    Files.writeString(module.resolve("index.js"), "process.env.SOME_LIBRARY_SETTING\n");
    Files.writeString(repository.resolve("app.js"), "process.env.APP_PORT\n");
    assertThat(Readiness.check("config.env-example", profileOf(repository)).findings()).extracting(Finding::message)
        .isEqualTo(List.of("APP_PORT is read at app.js:1 but the repository has no .env.example"));
  }

  private static StackProfile profileOf(Path repository) {
    return StackProfile.parse("target:\n  url: https://localhost:9\nrepository: " + repository + "\n", Path.of("."),
        Map.of());
  }
}
