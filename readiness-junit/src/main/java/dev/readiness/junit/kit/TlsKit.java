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
}
