package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code tls.certificate.trust}: the presented chain must build to one of the trust anchors by JDK PKIX, judged
 * apart from dates (validation runs at an instant inside every certificate's window when there is one), host
 * name and revocation, which other checks or nobody judge. The chain is used as sent: missing intermediates are
 * not fetched.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateTrustPolicy {

  private static final String FIX = "serve the full chain (leaf and intermediates) from a CA clients trust, or "
      + "add the private root under target.trust in readiness.yaml";

  private CertificateTrustPolicy() {}

  /**
   * @param chain the presented chain
   * @param anchors the JDK's trust anchors plus the target's own
   * @return a finding when the chain does not build to an anchor
   */
  public static List<Finding> evaluate(PresentedChain chain, Set<TrustAnchor> anchors) {
    List<X509Certificate> path = new ArrayList<>(chain.signedByOthers());
    try {
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(insideEveryWindow(chain.certificates()).toInstant()));
      CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path),
          parameters);
      return List.of();
    } catch (CertPathValidatorException e) {
      String why = chain.certificates().size() == 1 && PresentedChain.isSelfIssued(chain.leaf())
          ? "the leaf is self-signed and is not a trust anchor" : e.getMessage();
      return List.of(Finding.fail("the chain presented by " + chain.endpoint() + " (leaf "
          + chain.leaf().getSubjectX500Principal().getName() + ", issued by "
          + chain.leaf().getIssuerX500Principal().getName() + ") does not build to a trusted root: " + why, FIX));
    } catch (GeneralSecurityException e) {
      return List.of(Finding.fail("the chain presented by " + chain.endpoint() + " cannot be validated: "
          + e.getMessage(), FIX));
    }
  }

  private static Date insideEveryWindow(List<X509Certificate> certificates) {
    Date latestStart = certificates.get(0).getNotBefore();
    Date earliestEnd = certificates.get(0).getNotAfter();
    for (X509Certificate c : certificates) {
      latestStart = c.getNotBefore().after(latestStart) ? c.getNotBefore() : latestStart;
      earliestEnd = c.getNotAfter().before(earliestEnd) ? c.getNotAfter() : earliestEnd;
    }
    return latestStart.after(earliestEnd) ? certificates.get(0).getNotBefore() : latestStart;
  }
}
