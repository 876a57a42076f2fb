package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.validity}: dates and renewal point, judged by {@link CertificateValidityPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateValidityCheck extends CertificateCheck {

  /** The catalogue id. */
  public static final String ID = "tls.certificate.validity";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Certificate validity and renewal";
  }

  @Override
  List<Finding> judge(PresentedChain chain, CheckContext context) {
    return CertificateValidityPolicy.evaluate(chain, java.time.Instant.now(),
        TlsPolicy.inForce(context.profile().tlsProfile()));
  }

  @Override
  String passMessage(PresentedChain chain) {
    return "every certificate presented by " + chain.endpoint() + " is valid and the leaf is before its renewal point";
  }
}
