package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * {@code scan --compose}: a real Compose project of the images .ci/docker-images.sh builds (the notes application
 * {@code readiness/runtime-app:local} and {@code readiness/redis:local}), started by Testcontainers through the local
 * {@code docker-compose}, scanned and taken down. The tests that need Docker skip with the reason where no daemon,
 * no {@code docker-compose} or no image is there; the test without {@code docker-compose} runs the built jar with an
 * empty {@code PATH}.
 */
class ComposeScanIT {

  private static final String PROFILE = """
      target:
        url: http://127.0.0.1:8080/
        timeout: 10s
      paths:
        health: /health
      persistence:
        create: {method: POST, path: /api/notes, body: '{"text":"survives a restart"}'}
        read: {path: '/api/notes/${id}'}
      dependency:
        container: redis
        api: {method: POST, path: /api/notes, body: '{"text":"needs redis"}'}
        within: 15s
      """;

  @TempDir
  Path dir;

  @Test
  void restartPassesWhenTheNotesLiveInRedisAndTheStackIsTakenDown() throws IOException {
    requireDockerCompose();
    Path compose = compose("STORE: redis");

    int exit = ReadinessCommand.execute("scan", "--compose", compose.toString(), "--service", "app",
        "--profile", profile().toString(), "--checks", "resilience.restart,resilience.dependency-down",
        "--progress", "off", "--out", dir.resolve("out").toString());

    JsonNode restart = result("resilience.restart");
    assertThat(restart.path("status").asText()).as(restart.toString()).isEqualTo("PASS");
    assertThat(restart.path("message").asText()).startsWith("the record created by POST /api/notes (id ")
        .contains("read back 200 before and 200 after restarting").contains("_app_1");
    JsonNode dependency = result("resilience.dependency-down");
    assertThat(dependency.path("status").asText()).as(dependency.toString()).isEqualTo("PASS");
    assertThat(dependency.toString()).contains("_redis_1");
    assertThat(exit).isZero();
    assertThat(report().path("target").asText()).matches("http://127\\.0\\.0\\.1:[0-9]+/");
    assertThat(projectContainers()).as("containers left after the scan").isEmpty();
  }

  @Test
  void restartFailsWhenTheNotesLiveInMemory() throws IOException {
    requireDockerCompose();
    Path compose = compose("STORE: memory");

    int exit = ReadinessCommand.execute("scan", "--compose", compose.toString(), "--service", "app",
        "--profile", profile().toString(), "--checks", "resilience.restart", "--progress", "off",
        "--out", dir.resolve("out").toString());

    JsonNode restart = result("resilience.restart");
    assertThat(restart.path("status").asText()).as(restart.toString()).isEqualTo("FAIL");
    assertThat(restart.path("message").asText()).contains("GET /api/notes/").contains("answered 200 before and 404 after restarting")
        .contains("is gone, so the data lives in the process's memory");
    assertThat(exit).isEqualTo(1);
    assertThat(projectContainers()).as("containers left after the scan").isEmpty();
  }

  @Test
  void withoutAProfileTheServiceIsScannedOnceItAnswersAtAll() throws IOException {
    requireDockerCompose();
    Path compose = compose("STORE: memory");

    int exit = ReadinessCommand.execute("scan", "--compose", compose.toString(), "--service", "app",
        "--checks", "resilience.restart", "--progress", "off", "--out", dir.resolve("out").toString());

    JsonNode restart = result("resilience.restart");
    assertThat(restart.path("status").asText()).isEqualTo("SKIPPED");
    assertThat(restart.path("message").asText()).startsWith("persistence is not configured in the stack profile");
    assertThat(exit).isZero();
    assertThat(report().path("target").asText()).matches("http://127\\.0\\.0\\.1:[0-9]+/");
    assertThat(projectContainers()).isEmpty();
  }

  @Test
  void aServiceThatIsNotInTheFileExitsTwoBeforeStartingAnything() throws IOException {
    requireDockerCompose();
    Path compose = compose("STORE: redis");

    int exit = ReadinessCommand.execute("scan", "--compose", compose.toString(), "--service", "api",
        "--out", dir.resolve("out").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(projectContainers()).isEmpty();
  }

  @Test
  void withoutDockerComposeOnThePathItExitsTwoWithTheReason() throws Exception {
    Path compose = compose("STORE: redis");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", dir.toString());

    Run run = jar(env, "scan", "--compose", compose.toString(), "--service", "app");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("readiness: --compose " + compose + ": no docker-compose on the PATH; install "
        + "it (Debian: apt-get install docker-compose)\n");
  }

  @Test
  void composeBesideUrlIsAUsageError() throws IOException {
    int exit = ReadinessCommand.execute("scan", "--compose", compose("STORE: redis").toString(), "--service", "app",
        "--url", "http://127.0.0.1:1/", "--out", dir.resolve("out").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(dir.resolve("out/readiness-report.json")).doesNotExist();
  }

  @Test
  void serviceWithoutComposeIsAUsageError() {
    int exit = ReadinessCommand.execute("scan", "--url", "http://127.0.0.1:1/", "--service", "app");

    assertThat(exit).isEqualTo(2);
  }

  private Path compose(String store) throws IOException {
    return Files.writeString(dir.resolve("docker-compose.yml"), """
        version: "2.4"
        services:
          redis:
            image: readiness/redis:local
          app:
            image: readiness/runtime-app:local
            environment:
              %s
              HEALTH: deep
              ERRORS: clean
            ports: ["127.0.0.1::8080"]
            depends_on: [redis]
        """.formatted(store));
  }

  private Path profile() throws IOException {
    return Files.writeString(dir.resolve("readiness.yaml"), PROFILE);
  }

  private JsonNode report() throws IOException {
    return new ObjectMapper().readTree(dir.resolve("out/readiness-report.json").toFile());
  }

  private JsonNode result(String id) throws IOException {
    for (JsonNode result : report().path("results")) {
      if (result.path("id").asText().equals(id)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + id + " in " + report());
  }

  /** The containers of compose projects Testcontainers named (tc...) from this test's file, running or not. */
  private List<String> projectContainers() {
    return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of("com.docker.compose.project.config_files",
            dir.resolve("docker-compose.yml").toAbsolutePath().toString()))
        .exec().stream().map(container -> container.getNames()[0]).toList();
  }

  private static void requireDockerCompose() {
    assumeTrue(ComposeFile.executable(System.getenv("PATH")).isPresent(), "no docker-compose on the PATH "
        + "(apt-get install docker-compose)");
    assumeTrue("true".equals(System.getenv("TESTCONTAINERS_RYUK_DISABLED")), "Ryuk's image cannot be pulled here: "
        + "run through Failsafe (./mvnw verify), which sets TESTCONTAINERS_RYUK_DISABLED=true");
    assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker daemon answers: start one with "
        + "'dockerd >/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
    for (String image : List.of("readiness/runtime-app:local", "readiness/redis:local")) {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
  }

  private record Run(int exit, String stderr) {}

  private Run jar(Map<String, String> env, String... args) throws Exception {
    Path jar = Path.of("target", "readiness.jar");
    assumeTrue(Files.isRegularFile(jar), "target/readiness.jar is not built (./mvnw package)");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--out", dir.resolve("out").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar exits").isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }
}
