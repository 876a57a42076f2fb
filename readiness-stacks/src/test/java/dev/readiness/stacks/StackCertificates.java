package dev.readiness.stacks;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
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
 * A fresh test PKI written as PEM files, the form nginx, Node and uvicorn read: an RSA-2048 CA ({@value #CA_FILE})
 * and an RSA-2048 leaf for {@code localhost} and {@code 127.0.0.1} signed with SHA256withRSA ({@value #CERT_FILE},
 * key in {@value #KEY_FILE}), valid from a day ago for 90 days. The profile trusts {@value #CA_FILE} through
 * {@code target.trust}; nothing is added to the JDK's trust store.
 */
final class StackCertificates {

  static final String CA_FILE = "ca.pem";
  static final String CERT_FILE = "cert.pem";
  static final String KEY_FILE = "key.pem";

  private StackCertificates() {}

  /**
   * Writes {@value #CA_FILE}, {@value #CERT_FILE} and {@value #KEY_FILE} into {@code dir}.
   *
   * @param dir an existing directory
   */
  static void writeTo(Path dir) throws IOException {
    try {
      SecureRandom random = new SecureRandom();
      Instant now = Instant.now();
      Date from = Date.from(now.minus(Duration.ofDays(1)));
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      KeyPair caKeys = rsa(random);
      X500Name caName = new X500Name("CN=Readiness Stacks Test CA");
      X509Certificate ca = sign(new JcaX509v3CertificateBuilder(caName, serial(random), from,
              Date.from(now.plus(Duration.ofDays(365))), caName, caKeys.getPublic())
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(caKeys.getPublic())),
          caKeys);
      KeyPair leafKeys = rsa(random);
      X509Certificate leaf = sign(new JcaX509v3CertificateBuilder(ca, serial(random), from,
              Date.from(now.plus(Duration.ofDays(89))), new X500Name("CN=localhost"), leafKeys.getPublic())
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
          .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
          .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}))
          .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca)),
          caKeys);
      writePem(dir.resolve(CA_FILE), ca);
      writePem(dir.resolve(CERT_FILE), leaf);
      writePem(dir.resolve(KEY_FILE), leafKeys.getPrivate());
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate the stack certificates", e);
    }
  }

  private static KeyPair rsa(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, random);
    return generator.generateKeyPair();
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(127, random).add(BigInteger.ONE);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
  }

  private static void writePem(Path file, Object value) throws IOException {
    try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(value);
    }
  }
}
