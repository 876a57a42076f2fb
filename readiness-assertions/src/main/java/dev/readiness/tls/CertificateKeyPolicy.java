package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.key}: the leaf's key is RSA of at least 2048 bits, EC of at least 256, or EdDSA. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateKeyPolicy {

  private static final String FIX = "issue the certificate with an RSA 2048+ or ECDSA P-256/P-384 key";

  private CertificateKeyPolicy() {}

  /**
   * @param chain the presented chain
   * @return a finding when the leaf's key is too small or of a disallowed type
   */
  public static List<Finding> evaluate(PresentedChain chain) {
    return evaluate(chain, TlsPolicy.INTERMEDIATE);
  }

  /**
   * @param chain the presented chain
   * @param policy the minimum key sizes in force
   * @return a finding when the leaf's key is too small or of a disallowed type
   */
  public static List<Finding> evaluate(PresentedChain chain, TlsPolicy policy) {
    PublicKey key = chain.leaf().getPublicKey();
    String what = "the leaf presented by " + chain.endpoint() + " has a " + PresentedChain.keyDescription(
        chain.leaf()) + "-bit key";
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < policy.minimumRsaBits()) {
      return List.of(Finding.fail(what + ", under the " + policy.minimumRsaBits() + " bits RSA needs", FIX));
    }
    if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize()
        < policy.minimumEcBits()) {
      return List.of(Finding.fail(what + ", under the " + policy.minimumEcBits() + " bits EC needs", FIX));
    }
    if (!(key instanceof RSAPublicKey) && !(key instanceof ECPublicKey) && !key.getAlgorithm().startsWith("Ed")) {
      return List.of(Finding.fail("the leaf presented by " + chain.endpoint() + " has a " + key.getAlgorithm()
          + " key, which browsers and Mozilla's profiles do not accept", FIX));
    }
    return List.of();
  }
}
