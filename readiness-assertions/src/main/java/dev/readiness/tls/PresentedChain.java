package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The certificates a server presented in its handshake, leaf first, exactly as sent (the root may be missing).
 *
 * @param endpoint {@code host:port}
 * @param host the host name the client asked for
 * @param certificates the chain, leaf first; never empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PresentedChain(String endpoint, String host, List<X509Certificate> certificates) {

  /** Copies the chain and requires a leaf. */
  public PresentedChain {
    certificates = List.copyOf(certificates);
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("the server presented no certificate");
    }
  }

  /** @return the leaf certificate */
  public X509Certificate leaf() {
    return certificates.get(0);
  }

  /** @return the leaf and intermediates: every certificate except a self-signed root at the end */
  public List<X509Certificate> signedByOthers() {
    X509Certificate last = certificates.get(certificates.size() - 1);
    return certificates.size() > 1 && isSelfIssued(last) ? certificates.subList(0, certificates.size() - 1)
        : certificates;
  }

  /** @return one line per certificate: subject, issuer, dates, key and signature, as the report shows them */
  public String describe() {
    return certificates.stream().map(PresentedChain::describe).collect(Collectors.joining("\n"));
  }

  static boolean isSelfIssued(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
  }

  static String describe(X509Certificate c) {
    return "subject " + c.getSubjectX500Principal().getName() + ", issuer " + c.getIssuerX500Principal().getName()
        + ", valid " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant() + ", key "
        + keyDescription(c) + ", signed " + c.getSigAlgName();
  }

  static String keyDescription(X509Certificate c) {
    if (c.getPublicKey() instanceof RSAPublicKey rsa) {
      return "RSA " + rsa.getModulus().bitLength();
    }
    if (c.getPublicKey() instanceof ECPublicKey ec) {
      return "EC " + ec.getParams().getCurve().getField().getFieldSize();
    }
    return c.getPublicKey().getAlgorithm();
  }
}
