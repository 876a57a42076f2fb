package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.profile.TlsProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TlsPolicyTest {

  private static final TlsPolicy ACME = TlsPolicy.builder("acme")
      .protocols(TlsVersion.TLS_1_3)
      .allowedSuites("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")
      .minimumKeyBits(3072, 384)
      .forbidSignatureHashes("SHA-224")
      .renewalWindow(Duration.ofDays(10))
      .build();

  private static TestPki pki;

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
  }

  private static CipherSuite suite(int code) {
    return CipherSuites.byCode(code).orElseThrow();
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  @Test
  void builtInProfilesAreInstancesOfThePolicy() {
    assertThat(TlsPolicy.of(TlsProfile.INTERMEDIATE)).isSameAs(TlsPolicy.INTERMEDIATE);
    assertThat(TlsPolicy.of(TlsProfile.MODERN).protocols()).containsExactly(TlsVersion.TLS_1_3);
    assertThat(TlsPolicy.BASELINE.mozillaSuites()).contains(Severity.WARNING);
    assertThat(TlsPolicy.INTERMEDIATE.minimumRsaBits()).isEqualTo(2048);
    assertThat(TlsPolicy.INTERMEDIATE.renewalWindow()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void customProtocolsFailAVersionOutsideThemWithThePolicysName() {
    List<Finding> findings = TlsProtocolsPolicy.evaluate(EnumSet.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3), ACME);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("a TLSv1.2 ClientHello got a ServerHello: the acme profile allows TLS 1.3 only");
      assertThat(f.fix()).isEqualTo("offer only TLS 1.3 (nginx: ssl_protocols TLSv1.3;)");
    });
    assertThat(TlsProtocolsPolicy.evaluate(EnumSet.of(TlsVersion.TLS_1_3), ACME)).isEmpty();
  }

  @Test
  void allowedSuitesReplaceMozillasListAndForbiddenOnesFailByName() {
    Map<TlsVersion, List<CipherSuite>> accepted = Map.of(TlsVersion.TLS_1_3,
        List.of(suite(0x1301), suite(0x1302), suite(0x1303)));

    assertThat(messages(TlsCiphersPolicy.evaluate(accepted, ACME))).containsExactly("a TLSv1.3 ClientHello offering "
        + "TLS_AES_128_GCM_SHA256 got a ServerHello choosing it (not in its allowed list): the acme profile rejects it");
    TlsPolicy noChaCha = TlsPolicy.builder("no-chacha").forbiddenSuites("TLS_CHACHA20_POLY1305_SHA256").build();
    assertThat(messages(TlsCiphersPolicy.evaluate(accepted, noChaCha))).singleElement().asString()
        .contains("TLS_CHACHA20_POLY1305_SHA256", "(forbidden by name): the no-chacha profile rejects it");
  }

  @Test
  void aForbiddenWeaknessClassFailsWhereBaselineOnlyWarns() {
    Map<TlsVersion, List<CipherSuite>> cbc = Map.of(TlsVersion.TLS_1_2, List.of(suite(0xC027)));
    TlsPolicy noCbc = TlsPolicy.builder("no-cbc").mozillaSuites(Severity.WARNING).forbid(SuiteWeakness.CBC).build();

    assertThat(TlsCiphersPolicy.evaluate(cbc, TlsPolicy.BASELINE)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
    assertThat(TlsCiphersPolicy.evaluate(cbc, noCbc)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FAIL);
      assertThat(f.message()).contains("(CBC mode): the no-cbc profile rejects it");
    });
  }

  @Test
  void theFloorStaysWhateverThePolicyAllows() {
    TlsPolicy allowsRc4 = TlsPolicy.builder("lax").allowedSuites("TLS_RSA_WITH_RC4_128_SHA").build();

    assertThat(messages(TlsCiphersPolicy.evaluate(Map.of(TlsVersion.TLS_1_2, List.of(suite(0x0005))), allowsRc4)))
        .singleElement().asString().contains("(RC4): fails every profile");
    assertThat(messages(TlsProtocolsPolicy.evaluate(EnumSet.of(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2), allowsRc4)))
        .containsExactly("a TLSv1.0 ClientHello got a ServerHello: TLSv1.0 is deprecated (RFC 8996) and fails "
            + "every profile");
  }

  @Test
  void keySizesSignatureHashesAndRenewalWindowComeFromThePolicy() {
    PresentedChain rsa2048 = new PresentedChain("localhost:443", "localhost", pki.issue(TestPki.leaf()).chain());
    PresentedChain sha224 = new PresentedChain("localhost:443", "localhost",
        pki.issue(TestPki.leaf().withSignature("SHA224withRSA")).chain());
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    PresentedChain ninetyDays = new PresentedChain("localhost:443", "localhost",
        pki.issue(TestPki.leaf().validFor(start, start.plus(Duration.ofDays(90)))).chain());
    Instant twentyDaysLeft = start.plus(Duration.ofDays(70));

    assertThat(CertificateKeyPolicy.evaluate(rsa2048, TlsPolicy.INTERMEDIATE)).isEmpty();
    assertThat(messages(CertificateKeyPolicy.evaluate(rsa2048, ACME))).singleElement().asString()
        .endsWith("has a RSA 2048-bit key, under the 3072 bits RSA needs");
    assertThat(CertificateSignaturePolicy.evaluate(sha224, TlsPolicy.INTERMEDIATE)).isEmpty();
    assertThat(messages(CertificateSignaturePolicy.evaluate(sha224, ACME))).singleElement().asString()
        .endsWith("is signed with SHA224withRSA, which the acme profile forbids");
    assertThat(messages(CertificateValidityPolicy.evaluate(ninetyDays, twentyDaysLeft, TlsPolicy.INTERMEDIATE)))
        .singleElement().asString().endsWith("less than min(30 days, a third of its 90-day lifetime) = 30 days");
    assertThat(CertificateValidityPolicy.evaluate(ninetyDays, twentyDaysLeft, ACME)).isEmpty();
  }

  @Test
  void withinPutsThePolicyInForceOnThisThreadAndRestoresThePreviousOne() {
    TlsPolicy outer = TlsPolicy.builder("outer").build();

    assertThat(TlsPolicy.inForce(TlsProfile.MODERN)).isSameAs(TlsPolicy.MODERN);
    TlsPolicy seen = outer.apply(() -> {
      ACME.within(() -> assertThat(TlsPolicy.inForce(TlsProfile.INTERMEDIATE)).isSameAs(ACME));
      return TlsPolicy.inForce(TlsProfile.INTERMEDIATE);
    });
    assertThat(seen).isSameAs(outer);
    assertThatThrownBy(() -> ACME.within(() -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(TlsPolicy.inForce(TlsProfile.BASELINE)).isSameAs(TlsPolicy.BASELINE);
  }

  @Test
  void badRulesGetAnErrorNamingThePolicyAndTheInput() {
    assertThatThrownBy(() -> TlsPolicy.builder("acme").protocols(TlsVersion.TLS_1_1))
        .hasMessage("TLS policy acme: TLSv1.1 cannot be allowed: it is deprecated (RFC 8996) and fails every profile");
    assertThatThrownBy(() -> TlsPolicy.builder("acme").allowedSuites("ECDHE-RSA-AES128-GCM-SHA256"))
        .hasMessageContaining("'ECDHE-RSA-AES128-GCM-SHA256' is not a cipher suite of the IANA registry");
    assertThatThrownBy(() -> TlsPolicy.builder("acme").minimumKeyBits(1024, 256))
        .hasMessageContaining("cannot go below RSA 2048 and EC 256 bits (given RSA 1024, EC 256)");
    assertThatThrownBy(() -> TlsPolicy.builder("acme").renewalWindow(Duration.ZERO))
        .hasMessageContaining("the renewal window must be positive");
    assertThatThrownBy(() -> TlsPolicy.builder(" ")).hasMessageContaining("needs a name");
  }
}
