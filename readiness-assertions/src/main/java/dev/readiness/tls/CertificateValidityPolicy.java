package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code tls.certificate.validity}: now must lie inside every presented certificate's window (the root's
 * self-signature aside), and the leaf must have more than min(30 days, a third of its lifetime) left, so 47- and
 * 90-day certificates are judged by their renewal point.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateValidityPolicy {

  /** The most time left that can still fail the renewal rule. */
  public static final Duration RENEWAL_WINDOW = Duration.ofDays(30);

  private CertificateValidityPolicy() {}

  /**
   * @param chain the presented chain
   * @param now the instant to judge at
   * @return one finding per certificate outside its window, and one for a leaf past its renewal point
   */
  public static List<Finding> evaluate(PresentedChain chain, Instant now) {
    return evaluate(chain, now, TlsPolicy.INTERMEDIATE);
  }

  /**
   * @param chain the presented chain
   * @param now the instant to judge at
   * @param policy the renewal window in force
   * @return one finding per certificate outside its window, and one for a leaf past its renewal point
   */
  public static List<Finding> evaluate(PresentedChain chain, Instant now, TlsPolicy policy) {
    Duration window = policy.renewalWindow();
    List<Finding> findings = new ArrayList<>();
    for (X509Certificate c : chain.signedByOthers()) {
      String who = (c == chain.leaf() ? "the leaf " : "the intermediate ") + c.getSubjectX500Principal().getName();
      if (now.isBefore(c.getNotBefore().toInstant())) {
        findings.add(Finding.fail(who + " presented by " + chain.endpoint() + " is not valid before "
            + c.getNotBefore().toInstant() + " (now " + now + ")", "fix the issuing clock or serve a current "
            + "certificate"));
      } else if (now.isAfter(c.getNotAfter().toInstant())) {
        findings.add(Finding.fail(who + " presented by " + chain.endpoint() + " expired at "
            + c.getNotAfter().toInstant() + " (now " + now + ")", "renew the certificate and automate renewal "
            + "(for example ACME)"));
      }
    }
    X509Certificate leaf = chain.leaf();
    Duration lifetime = Duration.between(leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant());
    Duration left = Duration.between(now, leaf.getNotAfter().toInstant());
    Duration threshold = lifetime.dividedBy(3).compareTo(window) < 0 ? lifetime.dividedBy(3) : window;
    if (findings.isEmpty() && left.compareTo(threshold) < 0) {
      findings.add(Finding.fail("the leaf presented by " + chain.endpoint() + " expires at "
          + leaf.getNotAfter().toInstant() + ", " + left.toDays() + " days from now, less than min(" + window.toDays() + " days, a "
          + "third of its " + lifetime.toDays() + "-day lifetime) = " + threshold.toDays() + " days",
          "renew now and automate renewal at a third of the lifetime left (for example ACME)"));
    }
    return findings;
  }
}
