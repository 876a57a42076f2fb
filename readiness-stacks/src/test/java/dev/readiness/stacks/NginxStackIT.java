package dev.readiness.stacks;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Debian nginx with TLS, HTTP/2 and a site-wide {@code limit_req} (5 r/s, burst 10, 429 without
 * {@code Retry-After}) in front of the hardened Express stack. Each variant runs only its family, which stays within
 * the burst of a fresh stack; the hardened stack's full kit is {@link StackLimitsIT}.
 */
class NginxStackIT {

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"HSTS_MISSING", "HSTS_SHORT"})
  void seededFaultFailsItsCheckAndNoOther(Fault fault) throws Exception {
    try (RunningStack variant = NginxStack.start(Set.of(fault))) {
      ScanResult result = CliScan.run(variant, CheckFamily.of(fault).ids());

      result.assertFailsOnly(fault.failingChecks());
    }
  }
}
