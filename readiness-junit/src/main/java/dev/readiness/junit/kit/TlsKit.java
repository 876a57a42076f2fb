package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import dev.readiness.tls.TlsPolicy;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * TLS and certificates: the {@code tls.*} checks. They judge by the profile's {@code profile} ({@code intermediate},
 * {@code modern}, {@code baseline}) unless the test class overrides {@link #tlsPolicy()} with its own rules:
 *
 * <pre>{@code
 * @ReadinessTest
 * class ApiReadinessTest implements ProductionReadinessKit {
 *   @Override
 *   public Optional<TlsPolicy> tlsPolicy() {
 *     return Optional.of(TlsPolicy.builder("acme").protocols(TlsVersion.TLS_1_3).build());
 *   }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface TlsKit extends ReadinessKit {

  /**
   * The TLS rules this test class judges by; override it to replace the profile's.
   *
   * @return the custom policy, or empty (the default) for the profile's built-in one
   */
  default Optional<TlsPolicy> tlsPolicy() {
    return Optional.empty();
  }

  /** {@code tls.protocols}: TLS 1.2 or 1.3 offered, nothing older (modern: TLS 1.3 only). */
  @ReadinessCheck("tls.protocols")
  default void tlsProtocols(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.ciphers}: no weak suite in any version; intermediate: ECDHE with AES-GCM or ChaCha20 only. */
  @ReadinessCheck("tls.ciphers")
  default void tlsCiphers(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.certificate.trust}: the presented chain builds to a trusted root (dates aside). */
  @ReadinessCheck("tls.certificate.trust")
  default void certificateTrust(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.certificate.hostname}: a subjectAltName of the leaf matches the host (RFC 6125/9525). */
  @ReadinessCheck("tls.certificate.hostname")
  default void certificateHostname(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.certificate.validity}: valid now, and more than min(30 days, a third of the lifetime) left. */
  @ReadinessCheck("tls.certificate.validity")
  default void certificateValidity(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.certificate.key}: the leaf's key is RSA 2048+ or EC 256+. */
  @ReadinessCheck("tls.certificate.key")
  default void certificateKey(CheckRun run) {
    verifyUnderPolicy(run);
  }

  /** {@code tls.certificate.signature}: no MD5 or SHA-1 signature on the leaf or an intermediate. */
  @ReadinessCheck("tls.certificate.signature")
  default void certificateSignature(CheckRun run) {
    verifyUnderPolicy(run);
  }

  private void verifyUnderPolicy(CheckRun run) {
    tlsPolicy().ifPresentOrElse(policy -> policy.within(run::verify), run::verify);
  }
}
