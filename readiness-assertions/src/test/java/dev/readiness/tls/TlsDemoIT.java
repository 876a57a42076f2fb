package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Readiness;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code tls.*} checks against the embedded demo stack, hardened and with legacy suites. */
class TlsDemoIT {

  private static StackProfile profileOf(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-tls-it")));
  }

  private static List<Check> tlsChecks() {
    return CheckCatalog.all().stream().filter(c -> c.id().startsWith("tls.")).toList();
  }

  @Test
  void hardenedStackPassesEveryTlsCheck() throws IOException {
    try (DemoStack stack = DemoStack.hardened(); TargetSession session = TargetSession.open(profileOf(stack))) {
      List<CheckResult> results = CheckRunner.runAll(tlsChecks(), session);

      assertThat(results).isNotEmpty().allSatisfy(r -> {
        assertThat(r.status()).as(r.id() + ": " + r.message()).isEqualTo(Status.PASS);
        assertThat(r.evidence()).as(r.id()).isNotEmpty();
      });
      assertThat(results.get(0).evidence().get(0).detail())
          .contains("TLSv1.2: ").contains("TLSv1.3: ").doesNotContain("CBC").doesNotContain("TLSv1.1");
    }
  }

  @Test
  void legacySuitesFailOnlyTheCipherCheck() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.TLS_LEGACY_SUITES));
        TargetSession session = TargetSession.open(profileOf(stack))) {
      Map<String, CheckResult> results = CheckRunner.runAll(tlsChecks(), session).stream()
          .collect(Collectors.toMap(CheckResult::id, r -> r));

      results.forEach((id, r) -> assertThat(r.status()).as(id + ": " + r.message())
          .isEqualTo(id.equals(TlsCiphersCheck.ID) ? Status.FAIL : Status.PASS));
      Readiness.assertThat(results.get(TlsCiphersCheck.ID)).isFail().hasMessageContaining("(and 1 more)");
      assertThat(results.get(TlsCiphersCheck.ID).findings()).extracting(f -> f.message()).containsExactlyInAnyOrder(
          "a TLSv1.2 ClientHello offering TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 got a ServerHello choosing it "
              + "(CBC mode; not ECDHE with AES-GCM or ChaCha20): the intermediate profile rejects it",
          "a TLSv1.2 ClientHello offering TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 got a ServerHello choosing it "
              + "(DHE key exchange; not ECDHE with AES-GCM or ChaCha20): the intermediate profile rejects it");
    }
  }

  @Test
  void aCustomPolicyInForceJudgesTheFluentAssertions() throws IOException {
    TlsPolicy tls13Only = TlsPolicy.builder("tls13-only").protocols(TlsVersion.TLS_1_3).build();
    try (DemoStack stack = DemoStack.hardened()) {
      StackProfile profile = profileOf(stack);

      Readiness.assertThat(profile).passes(TlsProtocolsCheck.ID);
      assertThatThrownBy(() -> tls13Only.within(() -> Readiness.assertThat(profile).passes(TlsProtocolsCheck.ID)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("the tls13-only profile allows TLS 1.3 only");
      Readiness.assertThat(tls13Only.apply(() -> Readiness.check(TlsCiphersCheck.ID, profile))).isPass();
    }
  }
}
