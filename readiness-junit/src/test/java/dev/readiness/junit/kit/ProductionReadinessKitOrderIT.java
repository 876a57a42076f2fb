package dev.readiness.junit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessExtension;
import dev.readiness.junit.ReadinessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The whole kit against the hardened demo stack: the default credentials, the login guessing and the rate-limit
 * bursts run after every other check but the container-driving runtime checks (RuntimeKit), in that order, and pass;
 * the runtime checks come last. (Whether the other checks
 * pass is their own tests' business.)
 */
class ProductionReadinessKitOrderIT {

  @ReadinessTest
  static class WholeKit implements ProductionReadinessKit {}

  @Test
  void spendsLoginAttemptsAndQuotasAfterEveryOtherCheckAndTheRuntimeChecksLast() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(WholeKit.class))
          .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME,
              stack.writeProfile(Files.createTempDirectory("readiness-order")).toString())
          .execute();

      List<String> started = results.testEvents().started().stream()
          .map(event -> event.getTestDescriptor().getDisplayName()).toList();
      assertThat(started).hasSize(dev.readiness.catalog.CheckCatalog.all().size());
      assertThat(started.subList(started.size() - 8, started.size())).containsExactly(
          "auth.default-credentials: No default credentials",
          "ratelimit.login: Failed logins are throttled",
          "ratelimit.api: API endpoints are rate-limited",
          "ratelimit.signal: Rate limits answer 429 with Retry-After",
          "logs.secrets: Logs keep no password, token or cookie",
          "resilience.restart: Data survives a restart of the application",
          "resilience.dependency-down: Health and API tell the truth when a dependency is down",
          "shutdown.graceful: SIGTERM drains requests and exits cleanly");
      assertThat(results.testEvents().succeeded().stream()
          .map(event -> event.getTestDescriptor().getDisplayName()).toList())
          .contains("auth.default-credentials: No default credentials",
              "ratelimit.api: API endpoints are rate-limited",
              "ratelimit.signal: Rate limits answer 429 with Retry-After",
              "ratelimit.login: Failed logins are throttled");
    }
  }
}
