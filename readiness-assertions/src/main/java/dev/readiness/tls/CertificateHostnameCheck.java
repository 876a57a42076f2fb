package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.hostname}: the leaf's SANs match the host, judged by {@link CertificateHostnamePolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateHostnameCheck extends CertificateCheck {

  /** The catalogue id. */
  public static final String ID = "tls.certificate.hostname";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Certificate matches the host name";
  }

  @Override
  List<Finding> judge(PresentedChain chain, CheckContext context) {
    return CertificateHostnamePolicy.evaluate(chain);
  }

  @Override
  String passMessage(PresentedChain chain) {
    return "a subjectAltName of the leaf presented by " + chain.endpoint() + " matches " + chain.host();
  }
}
