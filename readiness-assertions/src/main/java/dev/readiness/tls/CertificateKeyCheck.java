package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.certificate.key}: the leaf's key type and size, judged by {@link CertificateKeyPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CertificateKeyCheck extends CertificateCheck {

  /** The catalogue id. */
  public static final String ID = "tls.certificate.key";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Certificate key size";
  }

  @Override
  List<Finding> judge(PresentedChain chain, CheckContext context) {
    return CertificateKeyPolicy.evaluate(chain, TlsPolicy.inForce(context.profile().tlsProfile()));
  }

  @Override
  String passMessage(PresentedChain chain) {
    return "the leaf presented by " + chain.endpoint() + " has a " + PresentedChain.keyDescription(chain.leaf()) + "-bit key";
  }
}
