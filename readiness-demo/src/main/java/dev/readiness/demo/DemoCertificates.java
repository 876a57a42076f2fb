package dev.readiness.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo PKI: an RSA-2048 CA "CN=Readiness Demo CA" and an RSA-2048 leaf for {@code localhost} and
 * {@code 127.0.0.1} signed by it with SHA256withRSA, valid from a day ago for 90 days. Keys and signatures come
 * from the JDK's providers; Bouncy Castle only builds the certificates, so no provider is registered.
 * Generated once per JVM by {@link #shared()}; immutable.
 */
final class DemoCertificates {

  private static final String CA_SUBJECT = "CN=Readiness Demo CA";
  private static final String LEAF_SUBJECT = "CN=localhost";
  private static final Duration BACKDATE = Duration.ofDays(1);
  private static final Duration LEAF_LIFETIME = Duration.ofDays(90);
  private static final Duration CA_LIFETIME = Duration.ofDays(365);
  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  private static final int RSA_BITS = 2048;
  private static final String KEY_ALIAS = "localhost";

  private final X509Certificate ca;
  private final X509Certificate leaf;
  private final PrivateKey leafKey;

  private DemoCertificates(X509Certificate ca, X509Certificate leaf, PrivateKey leafKey) {
    this.ca = ca;
    this.leaf = leaf;
    this.leafKey = leafKey;
  }

  /** @return the certificates every stack of this JVM serves, generated on first use */
  static DemoCertificates shared() {
    return Shared.INSTANCE;
  }

  /** @return a fresh CA and leaf whose validity starts a day before {@code now} */
  static DemoCertificates generate(Instant now) {
    try {
      SecureRandom random = new SecureRandom();
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      KeyPair caKeys = rsaKeyPair(random);
      X500Name caName = new X500Name(CA_SUBJECT);
      X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(
              caName, serial(random), Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_LIFETIME)),
              caName, caKeys.getPublic())
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(Extension.subjectKeyIdentifier, false,
              extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate ca = sign(caBuilder, caKeys.getPrivate());

      KeyPair leafKeys = rsaKeyPair(random);
      GeneralNames names = new GeneralNames(new GeneralName[] {
          new GeneralName(GeneralName.dNSName, "localhost"),
          new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
      X509v3CertificateBuilder leafBuilder = new JcaX509v3CertificateBuilder(
              ca, serial(random), Date.from(now.minus(BACKDATE)), Date.from(now.plus(LEAF_LIFETIME)),
              new X500Name(LEAF_SUBJECT), leafKeys.getPublic())
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
          .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
          .addExtension(Extension.subjectAlternativeName, false, names)
          .addExtension(Extension.subjectKeyIdentifier, false,
              extensions.createSubjectKeyIdentifier(leafKeys.getPublic()))
          .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
      return new DemoCertificates(ca, sign(leafBuilder, caKeys.getPrivate()), leafKeys.getPrivate());
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate the demo certificates", e);
    }
  }

  X509Certificate ca() {
    return ca;
  }

  X509Certificate leaf() {
    return leaf;
  }

  /** @return the CA certificate in PEM, one {@code CERTIFICATE} block */
  String caPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(ca);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** @return an in-memory PKCS#12 store holding the leaf key with the chain leaf, CA */
  KeyStore keyStore(char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(KEY_ALIAS, leafKey, password, new Certificate[] {leaf, ca});
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the demo key store", e);
    }
  }

  private static KeyPair rsaKeyPair(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(RSA_BITS, random);
    return generator.generateKeyPair();
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(127, random).add(BigInteger.ONE);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
  }

  private static final class Shared {
    static final DemoCertificates INSTANCE = generate(Instant.now());
  }
}
