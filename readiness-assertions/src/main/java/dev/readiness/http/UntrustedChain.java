package dev.readiness.http;

import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Recognises the TLS failure every user of a private CA meets first, a chain that builds to no trust anchor, and
 * says it in one sentence with the way out, instead of the JDK's {@code PKIX path building failed} and its causes.
 */
final class UntrustedChain {

  private UntrustedChain() {}

  /**
   * @param failure the handshake's failure
   * @param url where the request went
   * @return the reason and the remedy when the failure is an untrusted chain; empty for any other TLS failure
   */
  static Optional<String> describe(SSLException failure, URI url) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
        String origin = url.getHost() + ":" + (url.getPort() < 0 ? 443 : url.getPort());
        return Optional.of("the certificate chain of " + origin + " is not trusted (it builds to no trust anchor "
            + "of the JDK or the target); pass the stack's CA as a trust anchor: target.trust: ca.pem in the "
            + "profile, or Target.builder().url(\"" + url.getScheme() + "://" + origin
            + "\").trust(caCertificate) in code");
      }
    }
    return Optional.empty();
  }
}
