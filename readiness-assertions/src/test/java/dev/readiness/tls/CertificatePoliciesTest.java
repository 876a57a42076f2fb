package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.security.cert.TrustAnchor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificatePoliciesTest {

  private static TestPki pki;

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
  }

  private static PresentedChain chain(TestPki.Spec spec, String host) {
    return new PresentedChain(host + ":443", host, pki.issue(spec).chain());
  }

  @ParameterizedTest
  @CsvSource({
      "*.example.com, www.example.com, true",
      "*.example.com, example.com, false",
      "*.example.com, a.b.example.com, false",
      "*.com, example.com, false",
      "www.example.com, WWW.example.com., true",
      "www.example.com, example.com, false"})
  void matchesWildcardsOnlyOverOneLeftMostLabel(String san, String host, boolean matches) {
    List<Finding> findings = CertificateHostnamePolicy.evaluate(chain(TestPki.leaf().withNames(san), host));

    assertThat(findings.isEmpty()).as(san + " vs " + host).isEqualTo(matches);
  }

  @Test
  void validityFailsAtTheRenewalPointOfAShortLivedCertificate() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    PresentedChain fortySevenDays = chain(TestPki.leaf().validFor(start, start.plus(Duration.ofDays(47))),
        "localhost");

    assertThat(CertificateValidityPolicy.evaluate(fortySevenDays, start.plus(Duration.ofDays(30)))).isEmpty();
    assertThat(CertificateValidityPolicy.evaluate(fortySevenDays, start.plus(Duration.ofDays(33))))
        .singleElement().extracting(Finding::message).asString()
        .endsWith("14 days from now, less than min(30 days, a third of its 47-day lifetime) = 15 days");
  }

  @Test
  void trustIgnoresDatesSoAnExpiredChainStillBuilds() {
    Instant now = Instant.now();
    PresentedChain expired = chain(TestPki.leaf().validFor(now.minus(Duration.ofDays(100)),
        now.minus(Duration.ofDays(10))), "localhost");

    assertThat(CertificateTrustPolicy.evaluate(expired, Set.of(new TrustAnchor(pki.ca(), null)))).isEmpty();
    assertThat(CertificateTrustPolicy.evaluate(expired, Set.of(new TrustAnchor(TestPki.create().ca(), null))))
        .singleElement().extracting(Finding::message).asString()
        .startsWith("the chain presented by localhost:443 (leaf CN=localhost, issued by CN=Readiness Test Root) "
            + "does not build to a trusted root: ");
  }

  @Test
  void signatureIgnoresTheRootsSelfSignatureButNotTheLeafs() {
    assertThat(CertificateSignaturePolicy.evaluate(chain(TestPki.leaf(), "localhost"))).isEmpty();
    assertThat(CertificateSignaturePolicy.evaluate(chain(TestPki.leaf().withSignature("SHA1withRSA"), "localhost")))
        .singleElement().extracting(Finding::message).asString()
        .isEqualTo("the leaf CN=localhost presented by localhost:443 is signed with SHA1withRSA, which is "
            + "collision-prone and rejected by browsers");
  }

  @Test
  void keyAcceptsP256AndRejectsRsa1024() {
    assertThat(CertificateKeyPolicy.evaluate(chain(TestPki.leaf().withKey("EC", 256), "localhost"))).isEmpty();
    assertThat(CertificateKeyPolicy.evaluate(chain(TestPki.leaf().withKey("RSA", 1024), "localhost")))
        .singleElement().extracting(Finding::fix).isEqualTo(
            "issue the certificate with an RSA 2048+ or ECDSA P-256/P-384 key");
  }
}
