package dev.readiness.stacks;

import java.util.Set;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded faults that today fail more than their own check, against what docs/checks.md promises ("each fault is owned
 * by one check, so one fault fails one check; the others report it as a warning"): a stack that echoes every
 * origin with credentials fails {@code cors.reflection}, and also {@code cors.null-origin} (it echoes {@code null}
 * too) and {@code cors.credentials} (credentials with a foreign origin). They run only with
 * {@code -Dreadiness.stacks.findings=true} until the CORS checks settle which check owns which fault (docs/stacks.md).
 */
@EnabledIfSystemProperty(named = StackFindingsIT.PROPERTY, matches = "true",
    disabledReason = "CORS reflection fails three CORS checks today, not one; run with -Dreadiness.stacks.findings=true "
        + "(docs/stacks.md)")
class StackFindingsIT {

  /** The system property that enables this class: {@value}. */
  static final String PROPERTY = "readiness.stacks.findings";

  @ParameterizedTest
  @EnumSource(ApplicationStack.class)
  void reflectedOriginsFailOnlyCorsReflection(ApplicationStack stack) throws Exception {
    try (RunningStack variant = stack.start(Set.of(Fault.CORS_REFLECT))) {
      CliScan.run(variant, CheckFamily.CORS.ids()).assertFailsOnly(Fault.CORS_REFLECT.failingChecks());
    }
  }
}
