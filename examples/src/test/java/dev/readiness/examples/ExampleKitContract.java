package dev.readiness.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.Status;
import dev.readiness.demo.DemoStack;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every example must prove, run once per mode against one demo stack: as found, the kit fails exactly the checks
 * the report's findings map to and gives every mapped check its row's status; hardened, it fails nothing; in both
 * modes nothing is ERROR and every other check passes or is SKIPPED for a stated reason. A subclass names its kit,
 * table and example directory, and adds the messages a developer would read for its own findings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExampleKitContract {

  /** Where the examples' profiles and repository fixtures live, relative to the module. */
  public static final Path EXAMPLES = Path.of("src/test/resources/dev/readiness/examples");

  private final Map<StackMode, KitResults> results = new EnumMap<>(StackMode.class);

  /** @return the example's {@code @ReadinessTest} kit class */
  protected abstract Class<?> kit();

  /** @return the example's directory under {@link #EXAMPLES}: its {@code readiness.yaml} and {@code repository/} */
  protected abstract String example();

  /** @return the report's findings table */
  protected abstract FindingsTable findings();

  /** @return the environment the CI job would give the profile, such as the demo account's password */
  protected abstract Map<String, String> environment();

  /**
   * @return the checks this stack's profile leaves out on purpose, with the start of the reason they are SKIPPED
   *     for in both modes
   */
  protected abstract Map<String, String> notApplicable();

  /** Runs the kit against the as-found stack, then against the hardened one, each started once and closed. */
  @BeforeAll
  void runTheKitInBothModes(@TempDir Path directory) {
    for (StackMode mode : StackMode.values()) {
      try (DemoStack stack = DemoStack.start(findings().faults(mode))) {
        Path profile = DemoKitProfile.write(EXAMPLES.resolve(example()).resolve("readiness.yaml"), stack,
            EXAMPLES.resolve(example()).resolve("repository").resolve(mode.directoryName()), environment(),
            directory.resolve(mode.directoryName()));
        results.put(mode, KitRun.run(kit(), profile));
      }
    }
  }

  /** @return the kit's outcomes in this mode */
  protected KitResults results(StackMode mode) {
    return results.get(mode);
  }

  /** @return the message of one check in this mode, which must have run */
  protected String message(StackMode mode, String id) {
    return results(mode).get(id).orElseThrow(() -> new AssertionError(id + " did not run")).message();
  }

  @Test
  void everyCheckOfTheCatalogueRanInBothModes() {
    Set<String> catalogue = CheckCatalog.all().stream().map(Check::id).collect(Collectors.toSet());
    for (StackMode mode : StackMode.values()) {
      assertThat(results(mode).ids()).as(mode.name()).containsExactlyInAnyOrderElementsOf(catalogue);
    }
  }

  @Test
  void asFoundFailsExactlyTheChecksTheFindingsMapTo() {
    assertThat(results(StackMode.AS_FOUND).withStatus(Status.FAIL)).as(results(StackMode.AS_FOUND).toString())
        .containsExactlyElementsOf(findings().asFound(Status.FAIL));
  }

  @Test
  void asFoundGivesEveryMappedCheckTheStatusOfItsRow() {
    findings().asFoundStatuses().forEach((id, status) -> assertThat(results(StackMode.AS_FOUND).get(id))
        .as(id).hasValueSatisfying(outcome -> assertThat(outcome.status()).as(outcome.toString()).isEqualTo(status)));
  }

  @Test
  void asFoundFailuresSayWhatCameBackAndHowToFixIt() {
    for (String id : findings().asFound(Status.FAIL)) {
      assertThat(message(StackMode.AS_FOUND, id)).startsWith(id + " FAILED: ").contains("\nFix: ");
    }
  }

  @Test
  void hardenedFailsNothingAndPassesEveryMappedCheck() {
    KitResults hardened = results(StackMode.HARDENED);
    assertThat(hardened.withStatus(Status.FAIL)).as(hardened.toString()).isEmpty();
    assertThat(hardened.withStatus(Status.PASS)).as(hardened.toString())
        .containsAll(findings().asFoundStatuses().keySet());
  }

  @Test
  void neitherModeHasAnError() {
    for (StackMode mode : StackMode.values()) {
      assertThat(results(mode).withStatus(Status.ERROR)).as(mode + "\n" + results(mode)).isEmpty();
    }
  }

  @Test
  void everySkipIsForAStatedReason() {
    for (StackMode mode : StackMode.values()) {
      Set<String> allowed = new HashSet<>(notApplicable().keySet());
      if (mode == StackMode.AS_FOUND) {
        allowed.addAll(findings().asFound(Status.SKIPPED));
      }
      KitResults run = results(mode);
      assertThat(run.withStatus(Status.SKIPPED)).as(mode + "\n" + run).isSubsetOf(allowed);
      notApplicable().forEach((id, reason) -> assertThat(message(mode, id)).as(mode.name())
          .startsWith(id + " SKIPPED: " + reason));
    }
  }

  @Test
  void noMessageShowsASecretOfTheEnvironment() {
    for (StackMode mode : StackMode.values()) {
      environment().values().forEach(secret -> assertThat(results(mode).toString()).doesNotContain(secret));
    }
  }

}
