package dev.readiness.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Reads trust anchors (X.509 certificates) from PEM text or files. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TrustAnchors {

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

  private TrustAnchors() {}

  /**
   * Reads every certificate in a PEM file.
   *
   * @param pem the file
   * @return the certificates, at least one
   * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
   */
  public static List<X509Certificate> fromPemFile(Path pem) {
    String text;
    try {
      text = Files.readString(pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read trust anchors from " + pem + ": " + e.getMessage(), e);
    }
    return fromPem(text, pem.toString());
  }

  /**
   * Reads every certificate in PEM text.
   *
   * @param text PEM text with one or more {@code CERTIFICATE} blocks
   * @param source where the text came from, for error messages
   * @return the certificates, at least one
   * @throws IllegalArgumentException naming the source when the text holds no valid certificate
   */
  public static List<X509Certificate> fromPem(String text, String source) {
    if (!text.contains(BEGIN)) {
      throw new IllegalArgumentException(source + ": no '" + BEGIN + "' block found");
    }
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> certificates = new ArrayList<>();
      for (var certificate : factory.generateCertificates(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))) {
        certificates.add((X509Certificate) certificate);
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(source + ": no certificate could be read");
      }
      return List.copyOf(certificates);
    } catch (CertificateException e) {
      throw new IllegalArgumentException(source + ": not a valid PEM certificate: " + e.getMessage(), e);
    }
  }
}
