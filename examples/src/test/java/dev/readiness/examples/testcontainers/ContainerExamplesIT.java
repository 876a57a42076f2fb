package dev.readiness.examples.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.readiness.junit.ReadinessExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the Testcontainers examples as a user would and asserts each check's outcome: the hardened container passes,
 * the root one fails exactly container.user and container.privileged. Skipped, with the reason, where no Docker
 * daemon answers or the images of .ci/docker-images.sh are not built.
 */
class ContainerExamplesIT {

  @BeforeEach
  void requireDockerAndTheLocalImages() {
    assumeTrue("true".equals(System.getenv("TESTCONTAINERS_RYUK_DISABLED")), "Ryuk's image cannot be pulled here: "
        + "run through Failsafe (./mvnw verify), which sets TESTCONTAINERS_RYUK_DISABLED=true");
    assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker daemon answers: start one with "
        + "'dockerd >/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
    for (String image : List.of(WebContainers.NON_ROOT, WebContainers.ROOT)) {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
  }

  private static Events run(Class<?> example) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(example))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .execute().testEvents();
  }

  @Test
  void hardenedContainerPassesEveryCheck() {
    Events events = run(HardenedWebReadiness.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(3).failed(0).aborted(0));
    assertThat(events.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList())
        .containsExactly("container.privileged: Containers are not privileged and add no capabilities",
            "container.user: Containers run as a non-root user",
            "health.endpoint: Health endpoint answers quickly");
  }

  @Test
  void rootContainerFailsItsUserAndItsAddedCapability() {
    Events events = run(RootWebReadiness.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(1).failed(2));
    events.failed().assertThatEvents()
        .haveExactly(1, event(test("containerUser"), finishedWithFailure(message(m -> m.contains(
            "image readiness/httpd:root) runs as root: Config.User is empty, so the image's default user, root, "
                + "applies\nFix: Run as a non-root user: USER 10001 in the Dockerfile")))))
        .haveExactly(1, event(test("containerPrivileged"), finishedWithFailure(message(m -> m.contains(
            "adds capabilities beyond Docker's default set: NET_ADMIN")))));
  }
}
