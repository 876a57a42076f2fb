package dev.readiness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.junit.kit.OperationsKit;
import dev.readiness.junit.kit.TransportKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

class ReadinessExtensionIT {

  @ReadinessTest
  static class FirstChecks implements TransportKit, ContentTypeOptionsOnly, OperationsKit {}

  @ReadinessTest
  static class TransportOnly implements TransportKit {}

  @ReadinessTest(url = "https://127.0.0.1:1/")
  static class ClosedPort implements TransportKit, ContentTypeOptionsOnly, OperationsKit {}

  static class KitWithoutAnnotation implements TransportKit {}

  @ReadinessTest
  static class EveryKit implements dev.readiness.junit.kit.ProductionReadinessKit {}

  private static EngineExecutionResults run(Class<?> fixture, String profile) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, profile)
        .execute();
  }

  private static String profileOf(DemoStack stack) throws IOException {
    return stack.writeProfile(Files.createTempDirectory("readiness-junit")).toString();
  }

  private static List<String> names(java.util.stream.Stream<Event> events) {
    return events.map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList();
  }

  @Test
  void passesEveryCheckOfAHardenedStack() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run(FirstChecks.class, profileOf(stack));

      results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0).aborted(0));
      assertThat(names(results.testEvents().succeeded().stream())).containsExactly(
          "headers.content-type-options: X-Content-Type-Options: nosniff",
          "health.endpoint: Health endpoint answers quickly",
          "hsts.max-age: HSTS max-age long enough",
          "hsts.present: HSTS header present",
          "https.redirect: Plain HTTP redirects to HTTPS");
    }
  }

  @Test
  void failsExactlyTheMisconfiguredChecks() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE,
        Misconfiguration.NOSNIFF_MISSING))) {
      EngineExecutionResults results = run(FirstChecks.class, profileOf(stack));

      results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(3).failed(2));
      results.testEvents().failed().assertThatEvents()
          .haveExactly(1, event(test(), displayName("hsts.max-age: HSTS max-age long enough"),
              finishedWithFailure(instanceOf(AssertionFailedError.class), message(
                  "hsts.max-age FAILED: GET " + stack.httpsUrl() + " -> 200: max-age=86400 (1 day) is below the "
                      + "required 31536000 (365 days)\nFix: Set max-age=31536000 or more in Strict-Transport-Security"))))
          .haveExactly(1, event(test(), displayName("headers.content-type-options: X-Content-Type-Options: nosniff"),
              finishedWithFailure(instanceOf(AssertionFailedError.class))));
    }
  }

  @Test
  void reportsErrorNotPassAgainstAClosedPort() {
    EngineExecutionResults results = run(ClosedPort.class, "none");

    results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(0).failed(3).aborted(2));
    results.testEvents().failed().assertThatEvents().allMatch(e -> e.getPayload(
        org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable())
        .filter(CheckErrorException.class::isInstance)
        .filter(t -> t.getMessage().contains("could not decide (ERROR): GET https://127.0.0.1:1/"))
        .isPresent());
    results.testEvents().aborted().assertThatEvents()
        .haveExactly(1, event(test(), displayName("https.redirect: Plain HTTP redirects to HTTPS"),
            org.junit.platform.testkit.engine.EventConditions.abortedWithReason(message(
                "https.redirect SKIPPED: target.httpUrl is not configured in the stack profile, so there is no "
                    + "plain-HTTP listener to probe"))));
  }

  @Test
  void namesTheMissingTargetWhenNothingIsConfigured() {
    EngineExecutionResults results = run(TransportOnly.class, "none");

    results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
    results.testEvents().failed().assertThatEvents().allMatch(e -> e.getPayload(
        org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable())
        .map(Throwable::getMessage).filter(m -> m.startsWith("no target for this readiness test: set "
            + "@ReadinessTest(url = ...) or (profile = ...)")).isPresent());
  }

  @Test
  void namesKeyAndLineOfAnInvalidProfile() throws IOException {
    Path profile = Files.createTempDirectory("readiness-junit").resolve("readiness.yaml");
    Files.writeString(profile, "target:\n  url: https://localhost:8443\n  timeot: 5s\n");

    EngineExecutionResults results = run(TransportOnly.class, profile.toString());

    results.testEvents().failed().assertThatEvents().hasSize(3).allMatch(e -> e.getPayload(
        org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable())
        .map(Throwable::getMessage).filter(m -> m.startsWith("invalid stack profile: readiness.yaml:3: target.timeot"))
        .isPresent());
  }

  @Test
  void kitsBringTheExtensionWithoutTheAnnotation() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run(KitWithoutAnnotation.class, profileOf(stack));

      results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }
  }

  @Test
  void productionReadinessKitRunsEveryCatalogueCheckAndAHardenedStackFailsNone() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      EngineExecutionResults results = run(EveryKit.class, profileOf(stack));

      results.testEvents().assertStatistics(stats -> stats.started(dev.readiness.catalog.CheckCatalog.all().size())
          .failed(0));
      assertThat(names(results.testEvents().started().stream())).containsExactlyInAnyOrderElementsOf(
          dev.readiness.catalog.CheckCatalog.all().stream().map(c -> c.id() + ": " + c.title()).toList());
    }
  }
}
