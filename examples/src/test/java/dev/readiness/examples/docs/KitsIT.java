package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.demo.DemoStack;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs docs/junit.md's own kit and its class that leaves out one check against the hardened demo stack. */
class KitsIT {

  private static final String KITS = "dev.readiness.examples.kits.";

  private static EngineExecutionResults run(String simpleName, DemoStack stack) throws IOException {
    String profile = stack.writeProfile(Files.createTempDirectory("readiness-kits")).toString();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(KITS + simpleName))
        .configurationParameter("readiness.profile", profile)
        .execute();
  }

  @Test
  void theEdgeKitRunsExactlyItsTenChecksAndAHardenedStackPassesThem() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run("EdgeReadinessTest", stack);

      results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(10));
      assertThat(results.testEvents().started().stream().map(KitsIT::checkId).sorted().toList())
          .containsExactlyElementsOf(List.of("cookies.flags", "headers.content-type-options", "headers.csp",
              "headers.frame-options", "headers.referrer-policy", "health.endpoint", "hsts.max-age",
              "hsts.present", "https.redirect", "leak.banner"));
    }
  }

  @Test
  void theLeftOutCheckIsSkippedWithItsReasonAndEveryOtherCheckRuns() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run("EverythingButLoadTest", stack);

      results.testEvents().assertStatistics(stats -> stats.skipped(1).started(CheckCatalog.all().size() - 1)
          .failed(0));
      results.testEvents().skipped().assertThatEvents().haveExactly(1, event(test(),
          displayName("load.latency: " + CheckCatalog.require("load.latency").title()),
          skippedWithReason("load.latency runs in the nightly performance job, PERF-7")));
      assertThat(results.testEvents().started().stream().map(KitsIT::checkId)).doesNotContain("load.latency");
    }
  }

  private static String checkId(Event event) {
    String name = event.getTestDescriptor().getDisplayName();
    return name.substring(0, name.indexOf(':'));
  }
}
