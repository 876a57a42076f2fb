package dev.readiness.examples.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.HeadersKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The mechanism of the Spring Boot recipe in docs/recipes.md: a server whose port is known only once the test
 * instance exists ({@code @LocalServerPort}) becomes the target by setting the system property
 * {@code readiness.url} in a {@code @BeforeEach}, before the first check opens the class's session. The profile
 * (trust, paths, login) is that of a stack already closed, so only the late URL can make the checks pass. System
 * properties are configuration parameters in a normal launch (Surefire, Gradle, IDEs); the test kit reads them only
 * when asked to.
 */
class LatePortRecipeIT {

  /** The server under test, started by the test below; stands in for Spring's RANDOM_PORT server. */
  private static volatile DemoStack server;

  @ReadinessTest
  static class PortKnownInBeforeEach implements HeadersKit {

    @BeforeEach
    void pointReadinessAtTheServer() {
      System.setProperty("readiness.url", server.httpsUrl().toString());
    }
  }

  @Test
  void aUrlSetInBeforeEachIsTheTargetOfEveryCheck() throws IOException {
    Path directory = Files.createTempDirectory("readiness-late-port");
    Path profile;
    try (DemoStack closed = DemoStack.hardened()) {
      profile = closed.writeProfile(directory);
    }
    try (DemoStack started = DemoStack.hardened()) {
      server = started;
      EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(PortKnownInBeforeEach.class))
          .configurationParameter("readiness.profile", profile.toString())
          .enableImplicitConfigurationParameters(true)
          .execute()
          .testEvents()
          .assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
    } finally {
      System.clearProperty("readiness.url");
      server = null;
    }
  }
}
