package dev.readiness.examples.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the runtime examples as a user would and asserts each check's status and message: {@link NotesReadiness}
 * passes all five checks of RuntimeKit, {@link InMemoryNotesReadiness} fails all five. Skipped, with the reason,
 * where no Docker daemon answers or the images of .ci/docker-images.sh are not built.
 */
class RuntimeExamplesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void requireDockerAndTheLocalImages() {
    assumeTrue("true".equals(System.getenv("TESTCONTAINERS_RYUK_DISABLED")), "Ryuk's image cannot be pulled here: "
        + "run through Failsafe (./mvnw verify), which sets TESTCONTAINERS_RYUK_DISABLED=true");
    assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker daemon answers: start one with "
        + "'dockerd >/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
    for (String image : List.of(NotesContainers.APP, NotesContainers.REDIS)) {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
  }

  /** @return each check's published result, by id, in the order the checks ran */
  private static Map<String, JsonNode> run(Class<?> example) {
    Map<String, JsonNode> results = new LinkedHashMap<>();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(example))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .execute().allEvents().reportingEntryPublished().stream()
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
            .get(CheckRun.REPORT_ENTRY_KEY))
        .filter(java.util.Objects::nonNull)
        .forEach(json -> {
          try {
            JsonNode result = JSON.readTree(json);
            results.put(result.get("id").asText(), result);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return results;
  }

  private static String status(JsonNode result) {
    return result.get("status").asText();
  }

  private static String message(JsonNode result) {
    return result.get("message").asText();
  }

  @Test
  void theHardenedStackPassesEveryRuntimeCheck() {
    Map<String, JsonNode> results = run(NotesReadiness.class);

    assertThat(results.keySet()).containsExactly("auth.session-lifetime", "logs.secrets", "resilience.restart",
        "resilience.dependency-down", "shutdown.graceful");
    results.forEach((id, result) -> assertThat(status(result)).as(id + ": " + message(result)).isEqualTo("PASS"));
    assertThat(message(results.get("resilience.restart"))).contains("read back 200 before and 200 after restarting");
    assertThat(message(results.get("resilience.dependency-down"))).contains("/health answered 503",
        "and the API 201 without a restart");
    assertThat(message(results.get("shutdown.graceful"))).endsWith("exited by itself with code 143 within 5 s");
  }

  @Test
  void theAsReportedStackFailsEveryRuntimeCheck() {
    Map<String, JsonNode> results = run(InMemoryNotesReadiness.class);

    assertThat(results.keySet()).containsExactly("auth.session-lifetime", "logs.secrets", "resilience.restart",
        "resilience.dependency-down", "shutdown.graceful");
    results.forEach((id, result) -> assertThat(status(result)).as(id + ": " + message(result)).isEqualTo("FAIL"));
    assertThat(message(results.get("auth.session-lifetime"))).contains("never expires (it has no exp claim)");
    assertThat(message(results.get("logs.secrets"))).contains("logged the login password in 1 line")
        .doesNotContain("correct-horse-battery");
    assertThat(message(results.get("resilience.restart"))).contains("is gone, so the data lives in the process's "
        + "memory");
    assertThat(message(results.get("resilience.dependency-down"))).startsWith("health did not report the outage");
    assertThat(message(results.get("shutdown.graceful"))).contains("had to be killed with SIGKILL");
  }
}
