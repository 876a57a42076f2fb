package dev.readiness.tls;

import dev.readiness.target.Target;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The anchors a chain is judged against: the JDK's default trust store plus the target's own. */
final class TrustAnchors {

  private TrustAnchors() {}

  static Set<TrustAnchor> of(Target target) {
    Set<TrustAnchor> anchors = new HashSet<>();
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          for (X509Certificate issuer : x509.getAcceptedIssuers()) {
            anchors.add(new TrustAnchor(issuer, null));
          }
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the JDK trust store: " + e.getMessage(), e);
    }
    target.trustAnchors().forEach(anchor -> anchors.add(new TrustAnchor(anchor, null)));
    return anchors;
  }
}
