package dev.readiness.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.readiness.junit.kit.ContainerKit;
import java.io.File;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.GenericContainer;

/** A wrong {@link ReadinessTarget} fails the checks with a message naming the field; none of these needs Docker. */
class ReadinessTargetTest {

  @ReadinessTest
  static class NotStatic implements ContainerKit {
    @ReadinessTarget
    GenericContainer<?> web = new GenericContainer<>("readiness/httpd:nonroot");
  }

  @ReadinessTest
  static class NotAContainer implements ContainerKit {
    @ReadinessTarget
    static Object web = "http://localhost:8080";
  }

  @ReadinessTest
  static class NotStarted implements ContainerKit {
    @ReadinessTarget
    static GenericContainer<?> web = new GenericContainer<>("readiness/httpd:nonroot").withExposedPorts(8080);
  }

  @ReadinessTest
  static class TwoTargets implements ContainerKit {
    @ReadinessTarget
    static Object api = "a";
    @ReadinessTarget
    static Object web = "b";
  }

  @ReadinessTest(url = "https://localhost:8443")
  static class UrlAndTarget implements ContainerKit {
    @ReadinessTarget
    static Object web = "a";
  }

  @ReadinessTest
  static class BadScheme implements ContainerKit {
    @ReadinessTarget(scheme = "ftp")
    static Object web = "a";
  }

  @ReadinessTest
  static class ComposeWithoutService implements ContainerKit {
    @ReadinessTarget
    static ComposeContainer stack = new ComposeContainer(new File("src/test/resources/compose/compose.yaml"));
  }

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .execute().testEvents();
  }

  private static void failsBothChecksWith(Class<?> fixture, String expected) {
    Events events = run(fixture);
    events.assertStatistics(stats -> stats.started(2).failed(2));
    events.failed().assertThatEvents().haveExactly(1, event(test("containerUser"), finishedWithFailure(
        instanceOf(ReadinessConfigurationException.class), message(expected))));
  }

  private static String field(Class<?> fixture, String name) {
    return "@ReadinessTarget field " + fixture.getName() + "." + name;
  }

  @Test
  void requiresAStaticField() {
    failsBothChecksWith(NotStatic.class, field(NotStatic.class, "web") + " must be static, so that one container "
        + "serves every check of the class");
  }

  @Test
  void requiresATestcontainersContainer() {
    failsBothChecksWith(NotAContainer.class, field(NotAContainer.class, "web") + " holds a java.lang.String, not a "
        + "Testcontainers GenericContainer or ComposeContainer");
  }

  @Test
  void requiresARunningContainer() {
    failsBothChecksWith(NotStarted.class, field(NotStarted.class, "web") + ": the container is not running; "
        + "annotate the field with @Container in a @Testcontainers class, or start it in a @BeforeAll method");
  }

  @Test
  void acceptsOneTargetOnly() {
    failsBothChecksWith(TwoTargets.class, "@ReadinessTarget marks 2 fields of " + TwoTargets.class.getName()
        + " (api, web); mark the one container that is the stack under test");
  }

  @Test
  void refusesAUrlBesideTheContainer() {
    failsBothChecksWith(UrlAndTarget.class, field(UrlAndTarget.class, "web") + " and @ReadinessTest(url = "
        + "\"https://localhost:8443\") both name the target of " + UrlAndTarget.class.getName() + "; keep one");
  }

  @Test
  void refusesASchemeOtherThanHttpOrHttps() {
    failsBothChecksWith(BadScheme.class, field(BadScheme.class, "web") + ": scheme 'ftp' must be http or https");
  }

  @Test
  void asksAComposeTargetForItsServiceAndPort() {
    failsBothChecksWith(ComposeWithoutService.class, field(ComposeWithoutService.class, "stack") + ": a "
        + "ComposeContainer target needs the service and its port: @ReadinessTarget(service = \"api\", port = 8080), "
        + "exposed with withExposedService(\"api\", 8080)");
  }
}
