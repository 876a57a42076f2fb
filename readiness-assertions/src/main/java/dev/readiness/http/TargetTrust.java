package dev.readiness.http;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The trust a probe client applies to one target: the JDK's default trust store plus the target's own anchors,
 * with full PKIX validation. Certificate checking is never switched off here; the TLS checks that must look at a
 * bad certificate use their own scanner.
 */
final class TargetTrust {

  private final X509TrustManager trustManager;
  private final SSLContext sslContext;

  private TargetTrust(X509TrustManager trustManager, SSLContext sslContext) {
    this.trustManager = trustManager;
    this.sslContext = sslContext;
  }

  static TargetTrust of(List<X509Certificate> anchors) {
    try {
      X509TrustManager jdk = trustManager(null);
      X509TrustManager effective = jdk;
      if (!anchors.isEmpty()) {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (X509Certificate issuer : jdk.getAcceptedIssuers()) {
          store.setCertificateEntry("jdk-" + index++, issuer);
        }
        for (X509Certificate anchor : anchors) {
          store.setCertificateEntry("target-" + index++, anchor);
        }
        effective = trustManager(store);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {effective}, null);
      return new TargetTrust(effective, context);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up trust for the target: " + e.getMessage(), e);
    }
  }

  X509TrustManager trustManager() {
    return trustManager;
  }

  SSLContext sslContext() {
    return sslContext;
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager in " + factory.getAlgorithm());
  }
}
