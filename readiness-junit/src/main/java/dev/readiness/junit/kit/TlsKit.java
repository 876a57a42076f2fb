package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** TLS and certificates: the {@code tls.*} checks. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface TlsKit extends ReadinessKit {

  /** {@code tls.protocols}: TLS 1.2 or 1.3 offered, nothing older (modern: TLS 1.3 only). */
  @ReadinessCheck("tls.protocols")
  default void tlsProtocols(CheckRun run) {
    run.verify();
  }

  /** {@code tls.ciphers}: no weak suite in any version; intermediate: ECDHE with AES-GCM or ChaCha20 only. */
  @ReadinessCheck("tls.ciphers")
  default void tlsCiphers(CheckRun run) {
    run.verify();
  }

  /** {@code tls.certificate.trust}: the presented chain builds to a trusted root (dates aside). */
  @ReadinessCheck("tls.certificate.trust")
  default void certificateTrust(CheckRun run) {
    run.verify();
  }

  /** {@code tls.certificate.hostname}: a subjectAltName of the leaf matches the host (RFC 6125/9525). */
  @ReadinessCheck("tls.certificate.hostname")
  default void certificateHostname(CheckRun run) {
    run.verify();
  }

  /** {@code tls.certificate.validity}: valid now, and more than min(30 days, a third of the lifetime) left. */
  @ReadinessCheck("tls.certificate.validity")
  default void certificateValidity(CheckRun run) {
    run.verify();
  }

  /** {@code tls.certificate.key}: the leaf's key is RSA 2048+ or EC 256+. */
  @ReadinessCheck("tls.certificate.key")
  default void certificateKey(CheckRun run) {
    run.verify();
  }

  /** {@code tls.certificate.signature}: no MD5 or SHA-1 signature on the leaf or an intermediate. */
  @ReadinessCheck("tls.certificate.signature")
  default void certificateSignature(CheckRun run) {
    run.verify();
  }
}
