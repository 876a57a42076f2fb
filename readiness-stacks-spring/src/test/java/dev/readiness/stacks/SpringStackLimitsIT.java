package dev.readiness.stacks;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The full standard kit against the hardened Spring stack and its login-fault variants, as {@link StackLimitsIT}
 * does for the others; on by default, left out with {@code -Dreadiness.stacks.limited=false}.
 */
@EnabledIfSystemProperty(named = StackLimitsIT.PROPERTY, matches = "true",
    disabledReason = "the full kit on rate-limited stacks was left out with -Dreadiness.stacks.limited=false "
        + "(docs/stacks.md)")
class SpringStackLimitsIT {

  @Test
  void hardenedStackIsReadyThroughTheCommandLine() throws Exception {
    try (RunningStack hardened = SpringStack.INSTANCE.start(Set.of())) {
      CliScan.run(hardened, StandardKit.all()).assertReady();
    }
  }

  @Test
  void hardenedStackIsReadyThroughReadinessTest() throws Exception {
    try (RunningStack hardened = SpringStack.INSTANCE.start(Set.of())) {
      JUnitScan.run(hardened).assertReady();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"DEFAULT_CREDENTIALS", "LOGIN_UNLIMITED"})
  void loginFaultFailsOnlyItsCheckInTheFullKit(Fault fault) throws Exception {
    try (RunningStack variant = SpringStack.INSTANCE.start(Set.of(fault))) {
      CliScan.run(variant, StandardKit.all()).assertFailsOnly(fault.failingChecks());
    }
  }
}
