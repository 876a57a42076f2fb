package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.junit.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs the quickstart's test classes (docs/quickstart.md) as a reader would, with the embedded demo stack as
 * their running stack: its profile is handed over as the {@code readiness.profile} configuration parameter, the
 * second place the extension looks.
 */
class QuickstartIT {

  private static final String QUICKSTART = "dev.readiness.examples.quickstart.";

  private static EngineExecutionResults run(String simpleName, DemoStack stack) throws IOException {
    String profile = stack.writeProfile(Files.createTempDirectory("readiness-quickstart")).toString();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(QUICKSTART + simpleName))
        .configurationParameter("readiness.profile", profile)
        .execute();
  }

  @Test
  void theQuickstartClassRunsEveryCatalogueCheckAndAHardenedStackFailsNone() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run("ApiReadinessTest", stack);

      results.testEvents().assertStatistics(stats -> stats.started(CheckCatalog.all().size()).failed(0));
      assertThat(results.testEvents().succeeded().count()).isGreaterThan(CheckCatalog.all().size() / 2);
    }
  }

  @Test
  void theWaiverTurnsTheShortMaxAgeIntoWaivedUntilItsDateAndAFailureAfter() throws Exception {
    Waiver waiver = Class.forName(QUICKSTART + "StagingReadinessTest").getAnnotation(Waiver.class);
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE))) {
      EngineExecutionResults results = run("StagingReadinessTest", stack);

      String name = "hsts.max-age: HSTS max-age long enough";
      if (!LocalDate.now(ZoneOffset.UTC).isAfter(LocalDate.parse(waiver.until()))) {
        String waived = "hsts.max-age WAIVED until " + waiver.until() + " (" + waiver.reason() + "): GET "
            + stack.httpsUrl() + " -> 200: max-age=86400 (1 day) is below";
        results.testEvents().assertStatistics(stats -> stats.failed(0));
        results.testEvents().aborted().assertThatEvents().haveExactly(1,
            event(test(), displayName(name), abortedWithReason(message(m -> m.startsWith(waived)))));
      } else {
        String expired = "hsts.max-age FAILED: the waiver expired on " + waiver.until();
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        results.testEvents().failed().assertThatEvents().haveExactly(1,
            event(test(), displayName(name), finishedWithFailure(message(m -> m.startsWith(expired)))));
      }
    }
  }

  @Test
  void theFluentTransportTestPassesAHardenedStack() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      run("TransportReadinessTest", stack).testEvents()
          .assertStatistics(stats -> stats.started(1).succeeded(1));
    }
  }

  @Test
  void theFluentTransportTestNamesTheMissingRedirect() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.NO_HTTPS_REDIRECT))) {
      EngineExecutionResults results = run("TransportReadinessTest", stack);

      results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
      results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(),
          finishedWithFailure(message(m -> m.contains("https.redirect") && m.contains("GET " + stack.httpUrl())
              && !m.contains("hsts.present")))));
    }
  }
}
