package dev.readiness.stacks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.junit.CheckErrorException;
import dev.readiness.junit.ReadinessExtension;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Scans a running stack through {@code @ReadinessTest}: a class implementing {@link ProductionReadinessKit} run by
 * the JUnit Platform's {@link EngineTestKit} with the stack's profile, each test mapped back to a check status
 * (passed: PASS, aborted: SKIPPED, failed with {@link CheckErrorException}: ERROR, other failures: FAIL).
 */
final class JUnitScan {

  /** The standard kit as a team would write it. */
  @ReadinessTest
  static final class FullKit implements ProductionReadinessKit {}

  private JUnitScan() {}

  /** @return the result of every check of the standard kit against {@code stack} */
  static ScanResult run(RunningStack stack) {
    Map<String, ScanResult.Check> checks = new LinkedHashMap<>();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(FullKit.class))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, stack.profile().toString())
        .execute().testEvents().finished().stream()
        .forEach(event -> checks.put(id(event), check(event)));
    return new ScanResult(stack.name(), -1, checks);
  }

  private static String id(Event event) {
    String name = event.getTestDescriptor().getDisplayName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(0, colon);
  }

  private static ScanResult.Check check(Event event) {
    TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
    String message = result.getThrowable().map(Throwable::getMessage).orElse("");
    return switch (result.getStatus()) {
      case SUCCESSFUL -> new ScanResult.Check("PASS", message);
      case ABORTED -> new ScanResult.Check("SKIPPED", message);
      case FAILED -> new ScanResult.Check(result.getThrowable().filter(CheckErrorException.class::isInstance)
          .isPresent() ? "ERROR" : "FAIL", message);
    };
  }
}
