package dev.readiness.stacks;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every application stack must show: hardened, every check that spends no login attempts PASSes or is SKIPPED
 * (the full kit, limiters included, is {@link StackLimitsIT}); each seeded fault FAILs its own check and no other
 * check of its family ({@link Fault#CORS_REFLECT} fails the four CORS checks whose faults it has). The login
 * limiter's variants run the full kit in {@link StackLimitsIT}. The hardened stack starts once per class; each
 * variant starts its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApplicationStackTests {

  private RunningStack hardened;

  /** @return the launcher of the stack under test */
  abstract StackLauncher stack();

  @BeforeAll
  void startHardened() throws Exception {
    hardened = stack().start(Set.of());
  }

  @AfterAll
  void stopHardened() throws Exception {
    if (hardened != null) {
      hardened.close();
    }
  }

  @Test
  void hardenedStackPassesEveryCheckThatSpendsNoLoginAttempts() throws Exception {
    ScanResult result = CliScan.run(hardened, StandardKit.sparingLimits());

    result.assertReady();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"HSTS_MISSING", "HSTS_SHORT", "CORS_REFLECT", "JWT_LONG_LIFETIME",
      "DEBUG_TRACES", "LOGIN_UNLIMITED"})
  void seededFaultFailsItsCheckAndNoOther(Fault fault) throws Exception {
    try (RunningStack variant = stack().start(Set.of(fault))) {
      ScanResult result = CliScan.run(variant, CheckFamily.of(fault).ids());

      result.assertFailsOnly(fault.failingChecks());
    }
  }
}
