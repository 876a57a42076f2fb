package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.signature}: signature algorithms of leaf and intermediates, judged by {@link CertificateSignaturePolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateSignatureCheck extends CertificateCheck {

  /** The catalogue id. */
  public static final String ID = "tls.certificate.signature";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Certificate signature algorithms";
  }

  @Override
  List<Finding> judge(PresentedChain chain, CheckContext context) {
    return CertificateSignaturePolicy.evaluate(chain, TlsPolicy.inForce(context.profile().tlsProfile()));
  }

  @Override
  String passMessage(PresentedChain chain) {
    return "no certificate presented by " + chain.endpoint() + " is signed with MD5 or SHA-1";
  }
}
