package dev.readiness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.dockerjava.api.model.Capability;
import dev.readiness.junit.kit.ContainerKit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * A Testcontainers-started busybox httpd scanned end to end: the {@link ReadinessTarget} field supplies the target
 * URL (an HTTP check reaches the container) and the container the container checks inspect. Skipped, with the
 * reason, where no Docker daemon answers or the local images are not built (.ci/docker-images.sh).
 */
class ReadinessTargetIT {

  @Testcontainers
  @ReadinessTest
  static class NonRootHttpd implements ContainerKit, ContentTypeOptionsOnly {
    @Container
    @ReadinessTarget
    static GenericContainer<?> web = LocalImages.httpd(LocalImages.NON_ROOT);
  }

  @Testcontainers
  @ReadinessTest
  static class RootHttpdWithNetAdmin implements ContainerKit {
    @Container
    @ReadinessTarget(port = 8080)
    static GenericContainer<?> web = LocalImages.httpd(LocalImages.ROOT)
        .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCapAdd(Capability.NET_ADMIN));
  }

  @BeforeEach
  void requireDocker() {
    LocalImages.require();
  }

  private static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .execute();
  }

  private static List<String> names(java.util.stream.Stream<Event> events) {
    return events.map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList();
  }

  @Test
  void scansTheContainerItStartedAtItsMappedPort() {
    EngineExecutionResults results = run(NonRootHttpd.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1).aborted(0));
    assertThat(names(results.testEvents().succeeded().stream())).containsExactly(
        "container.privileged: Containers are not privileged and add no capabilities",
        "container.user: Containers run as a non-root user");
    results.testEvents().failed().assertThatEvents().haveExactly(1, event(test("contentTypeOptions"),
        finishedWithFailure(message(m -> m.startsWith("headers.content-type-options FAILED: ")))));
    List<String> targets = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow()
            .getKeyValuePairs().get(CheckRun.TARGET_ENTRY_KEY))
        .distinct().toList();
    assertThat(targets).singleElement().asString().matches("http://[^/]+:\\d+/")
        .doesNotEndWith(":8080/");
  }

  @Test
  void failsARootContainerThatAddsNetAdmin() {
    EngineExecutionResults results = run(RootHttpdWithNetAdmin.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(0).failed(2));
    results.testEvents().failed().assertThatEvents()
        .haveExactly(1, event(test("containerUser"), finishedWithFailure(message(m -> m.matches(
            "(?s)container.user FAILED: container '.+' \\(\\p{XDigit}{12}, image readiness/httpd:root\\) runs as root: "
                + "Config.User is empty, so the image's default user, root, applies\nFix: Run as a non-root user: .*")))))
        .haveExactly(1, event(test("containerPrivileged"), finishedWithFailure(message(m -> m.matches(
            "(?s)container.privileged FAILED: container '.+' \\(\\p{XDigit}{12}, image readiness/httpd:root\\) adds "
                + "capabilities beyond Docker's default set: NET_ADMIN \\(HostConfig.CapAdd \\[(CAP_)?NET_ADMIN\\]\\)"
                + "\nFix: Remove --cap-add NET_ADMIN.*")))));
  }
}
