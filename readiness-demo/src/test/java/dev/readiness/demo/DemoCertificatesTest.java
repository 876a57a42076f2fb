package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class DemoCertificatesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final DemoCertificates CERTIFICATES = DemoCertificates.generate(NOW);

  @Test
  void caIsASelfSignedAuthorityThatMaySignCertificates() throws Exception {
    X509Certificate ca = CERTIFICATES.ca();

    assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=Readiness Demo CA");
    assertThat(ca.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThatCode(() -> ca.verify(ca.getPublicKey())).doesNotThrowAnyException();
  }

  @Test
  void leafIsSignedByTheCaWithSha256WithRsa() {
    X509Certificate leaf = CERTIFICATES.leaf();

    assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withRSA");
    assertThat(leaf.getIssuerX500Principal()).isEqualTo(CERTIFICATES.ca().getSubjectX500Principal());
    assertThatCode(() -> leaf.verify(CERTIFICATES.ca().getPublicKey())).doesNotThrowAnyException();
  }

  @Test
  void leafNamesLocalhostAndTheLoopbackAddress() throws Exception {
    assertThat(CERTIFICATES.leaf().getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
  }

  @Test
  void leafIsAnEndEntityForServerAuthentication() throws Exception {
    X509Certificate leaf = CERTIFICATES.leaf();

    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
  }

  @Test
  void bothKeysAreRsa2048() {
    assertThat(((RSAPublicKey) CERTIFICATES.ca().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    assertThat(((RSAPublicKey) CERTIFICATES.leaf().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void leafIsValidFromADayBeforeNowForNinetyDays() {
    Instant second = NOW.truncatedTo(ChronoUnit.SECONDS);

    assertThat(CERTIFICATES.leaf().getNotBefore().toInstant()).isEqualTo(second.minus(1, ChronoUnit.DAYS));
    assertThat(CERTIFICATES.leaf().getNotAfter().toInstant()).isEqualTo(second.plus(90, ChronoUnit.DAYS));
    assertThat(CERTIFICATES.ca().getNotAfter()).isAfter(CERTIFICATES.leaf().getNotAfter());
  }

  @Test
  void trustManagerHoldingOnlyTheCaTrustsTheLeafForTls() throws Exception {
    DemoCertificates current = DemoCertificates.shared();
    KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
    anchors.load(null, null);
    anchors.setCertificateEntry("ca", current.ca());
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(anchors);
    X509TrustManager trust = (X509TrustManager) factory.getTrustManagers()[0];

    assertThatCode(() -> trust.checkServerTrusted(new X509Certificate[] {current.leaf(), current.ca()}, "RSA"))
        .doesNotThrowAnyException();
  }

  @Test
  void caPemIsOneCertificateBlockThatParsesBackToTheCa() throws Exception {
    String pem = CERTIFICATES.caPem();

    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----").contains("-----END CERTIFICATE-----")
        .containsOnlyOnce("BEGIN");
    Certificate parsed = CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(pem.getBytes(US_ASCII)));
    assertThat(parsed).isEqualTo(CERTIFICATES.ca());
  }

  @Test
  void keyStoreHoldsTheLeafKeyWithTheChainLeafThenCa() throws Exception {
    char[] password = "test-password".toCharArray();
    KeyStore store = CERTIFICATES.keyStore(password);

    assertThat(store.aliases().nextElement()).isEqualTo("localhost");
    Key key = store.getKey("localhost", password);
    assertThat(key.getAlgorithm()).isEqualTo("RSA");
    assertThat(store.getCertificateChain("localhost")).containsExactly(CERTIFICATES.leaf(), CERTIFICATES.ca());
  }

  @Test
  void sharedCertificatesAreGeneratedOncePerJvm() {
    assertThat(DemoCertificates.shared()).isSameAs(DemoCertificates.shared());
  }
}
