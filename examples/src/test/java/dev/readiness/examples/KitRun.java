package dev.readiness.examples;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.check.Status;
import dev.readiness.junit.ReadinessExtension;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Runs an example kit class through the Jupiter engine, exactly as Maven would, with {@code readiness.profile} set to a
 * given file, and reads each test's outcome back from the engine's events.
 */
public final class KitRun {

  private KitRun() {}

  /**
   * @param kit a {@code @ReadinessTest} class without a {@code profile} attribute
   * @param profile the {@code readiness.yaml} to run it against
   * @return one outcome per test method, keyed by check id
   * @throws IllegalStateException when the class itself failed (not a check), naming the cause
   */
  public static KitResults run(Class<?> kit, Path profile) {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(kit))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, profile.toString())
        .execute();
    results.containerEvents().failed().stream().findFirst().ifPresent(e -> {
      throw new IllegalStateException(kit.getName() + " failed as a whole: " + throwableOf(e));
    });
    Map<String, KitOutcome> outcomes = new LinkedHashMap<>();
    results.testEvents().finished().stream().map(KitRun::outcome).forEach(o -> outcomes.put(o.id(), o));
    return new KitResults(outcomes);
  }

  private static KitOutcome outcome(Event event) {
    String displayName = event.getTestDescriptor().getDisplayName();
    int colon = displayName.indexOf(": ");
    String id = colon < 0 ? displayName : displayName.substring(0, colon);
    TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
    String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
    Status status = switch (result.getStatus()) {
      case SUCCESSFUL -> Status.PASS;
      case ABORTED -> Status.SKIPPED;
      case FAILED -> result.getThrowable().filter(AssertionFailedError.class::isInstance).isPresent()
          ? Status.FAIL : Status.ERROR;
    };
    return new KitOutcome(id, status, message);
  }

  private static String throwableOf(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::toString).orElse("no cause reported");
  }
}
