package dev.readiness.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test PKI built with Bouncy Castle: one RSA root CA and leaves with whatever fault a test needs. */
final class TestPki {

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private final KeyPair caKeys;
  private final X509Certificate ca;

  private TestPki(KeyPair caKeys, X509Certificate ca) {
    this.caKeys = caKeys;
    this.ca = ca;
  }

  static TestPki create() {
    KeyPair keys = rsa(2048);
    Instant now = Instant.now();
    X509Certificate ca = build("CN=Readiness Test Root", keys, "CN=Readiness Test Root", keys,
        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), "SHA256withRSA", true, List.of());
    return new TestPki(keys, ca);
  }

  X509Certificate ca() {
    return ca;
  }

  /** @return a spec for a good RSA 2048 leaf for localhost, valid 90 days from yesterday */
  static Spec leaf() {
    Instant now = Instant.now();
    return new Spec("RSA", 2048, "SHA256withRSA", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(89)),
        List.of("localhost"), false);
  }

  Leaf issue(Spec spec) {
    KeyPair keys = "EC".equals(spec.keyType()) ? ec(spec.keyBits()) : rsa(spec.keyBits());
    X509Certificate cert = spec.selfSigned()
        ? build("CN=" + spec.names().get(0), keys, "CN=" + spec.names().get(0), keys, spec.notBefore(),
            spec.notAfter(), spec.signature(), false, spec.names())
        : build("CN=" + spec.names().get(0), keys, "CN=Readiness Test Root", caKeys, spec.notBefore(),
            spec.notAfter(), spec.signature(), false, spec.names());
    return new Leaf(cert, keys, spec.selfSigned() ? List.of(cert) : List.of(cert, ca));
  }

  /**
   * What a leaf looks like.
   *
   * @param keyType {@code RSA} or {@code EC}
   * @param keyBits RSA modulus or EC curve size (256, 384)
   * @param signature the issuer's signature algorithm, for example {@code SHA1withRSA}
   * @param notBefore start of validity
   * @param notAfter end of validity
   * @param names the DNS SANs, the first also the CN
   * @param selfSigned true for a leaf that signs itself
   */
  record Spec(String keyType, int keyBits, String signature, Instant notBefore, Instant notAfter,
      List<String> names, boolean selfSigned) {
    Spec withKey(String type, int bits) {
      return new Spec(type, bits, type.equals("EC") ? "SHA256withRSA" : signature, notBefore, notAfter, names,
          selfSigned);
    }

    Spec withSignature(String algorithm) {
      return new Spec(keyType, keyBits, algorithm, notBefore, notAfter, names, selfSigned);
    }

    Spec validFor(Instant from, Instant to) {
      return new Spec(keyType, keyBits, signature, from, to, names, selfSigned);
    }

    Spec withNames(String... dnsNames) {
      return new Spec(keyType, keyBits, signature, notBefore, notAfter, List.of(dnsNames), selfSigned);
    }

    Spec asSelfSigned() {
      return new Spec(keyType, keyBits, signature, notBefore, notAfter, names, true);
    }
  }

  /** An issued leaf with its key and the chain a server sends (leaf first, root last). */
  record Leaf(X509Certificate certificate, KeyPair keys, List<X509Certificate> chain) {

    /** Writes {@code name.crt} (the chain) and {@code name.key} and returns the certificate file. */
    Path write(Path directory, String name) {
      try {
        StringWriter certs = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(certs)) {
          for (X509Certificate c : chain) {
            writer.writeObject(c);
          }
        }
        StringWriter key = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(key)) {
          writer.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
        }
        Files.writeString(directory.resolve(name + ".key"), key.toString());
        return Files.writeString(directory.resolve(name + ".crt"), certs.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static X509Certificate build(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
      Instant from, Instant to, String signature, boolean isCa, List<String> names) {
    try {
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
          BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject),
          subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (isCa) {
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        List<GeneralName> sans = new ArrayList<>();
        names.forEach(n -> sans.add(new GeneralName(GeneralName.dNSName, n)));
        builder.addExtension(Extension.subjectAlternativeName, false,
            new GeneralNames(sans.toArray(GeneralName[]::new)));
      }
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder(signature).build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException("cannot build test certificate " + subject + ": " + e, e);
    }
  }

  private static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair ec(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(bits == 384 ? "secp384r1" : "secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
