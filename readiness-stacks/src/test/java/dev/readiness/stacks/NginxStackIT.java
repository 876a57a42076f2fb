package dev.readiness.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Debian nginx with TLS, HTTP/2 and a site-wide {@code limit_req} (5 r/s, burst 10, 429 without
 * {@code Retry-After}) in front of the hardened Express stack. The hardened stack's TLS and transport checks, and
 * each variant with only its family, stay within the burst of a fresh stack; the hardened stack's full kit is {@link StackLimitsIT}.
 */
class NginxStackIT {

  @Test
  void hardenedNginxPassesTheTlsAndTransportChecksWithinItsBurst() throws Exception {
    List<String> checks = new ArrayList<>(StandardKit.all().stream().filter(id -> id.startsWith("tls.")).toList());
    checks.addAll(CheckFamily.TRANSPORT.ids());
    try (RunningStack hardened = NginxStack.start(Set.of())) {
      ScanResult result = CliScan.run(hardened, checks);

      result.assertReady();
      assertThat(result.withStatus("PASS")).as("checks of %s that PASS", hardened).containsExactlyInAnyOrderElementsOf(checks);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"HSTS_MISSING", "HSTS_SHORT"})
  void seededFaultFailsItsCheckAndNoOther(Fault fault) throws Exception {
    try (RunningStack variant = NginxStack.start(Set.of(fault))) {
      ScanResult result = CliScan.run(variant, CheckFamily.of(fault).ids());

      result.assertFailsOnly(fault.failingChecks());
    }
  }
}
