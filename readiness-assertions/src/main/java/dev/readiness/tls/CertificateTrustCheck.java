package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.trust}: the presented chain builds to a trusted root, judged by {@link CertificateTrustPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateTrustCheck extends CertificateCheck {

  /** The catalogue id. */
  public static final String ID = "tls.certificate.trust";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Certificate chain trusted";
  }

  @Override
  List<Finding> judge(PresentedChain chain, CheckContext context) {
    return CertificateTrustPolicy.evaluate(chain, TrustAnchors.of(context.target()));
  }

  @Override
  String passMessage(PresentedChain chain) {
    return "the chain presented by " + chain.endpoint() + " builds to a trusted root";
  }
}
