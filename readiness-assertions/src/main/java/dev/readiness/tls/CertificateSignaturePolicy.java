package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code tls.certificate.signature}: no MD5 or SHA-1 signature on the leaf or an intermediate; a root's
 * self-signature is not judged.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateSignaturePolicy {

  private CertificateSignaturePolicy() {}

  /**
   * @param chain the presented chain
   * @return one finding per certificate signed with MD5 or SHA-1
   */
  public static List<Finding> evaluate(PresentedChain chain) {
    return evaluate(chain, TlsPolicy.INTERMEDIATE);
  }

  /**
   * @param chain the presented chain
   * @param policy the forbidden signature hashes in force (MD5 and SHA-1 always)
   * @return one finding per certificate signed with a forbidden hash
   */
  public static List<Finding> evaluate(PresentedChain chain, TlsPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    for (X509Certificate c : chain.signedByOthers()) {
      String algorithm = c.getSigAlgName().toUpperCase(Locale.ROOT).replace("-", "");
      String hash = algorithm.contains("WITH") ? algorithm.substring(0, algorithm.indexOf("WITH")) : algorithm;
      boolean weak = algorithm.contains("MD5") || algorithm.contains("SHA1");
      if (weak || policy.forbiddenSignatureHashes().contains(hash)) {
        findings.add(Finding.fail((c == chain.leaf() ? "the leaf " : "the intermediate ")
            + c.getSubjectX500Principal().getName() + " presented by " + chain.endpoint() + " is signed with "
            + c.getSigAlgName() + (weak ? ", which is collision-prone and rejected by browsers"
            : ", which the " + policy.name() + " profile forbids"),
            "reissue it signed with SHA-256 or stronger"));
      }
    }
    return findings;
  }
}
