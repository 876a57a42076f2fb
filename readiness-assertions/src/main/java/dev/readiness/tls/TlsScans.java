package dev.readiness.tls;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.target.Target;

/** The one scan per run that {@code tls.protocols} and {@code tls.ciphers} share. */
final class TlsScans {

  static final String KEY = "tls.scan";
  private static final int PARALLELISM = 8;

  private TlsScans() {}

  static TlsScan of(CheckContext context) {
    return context.shared().computeIfAbsent(KEY, TlsScan.class, () -> scan(context.target()));
  }

  static TlsScan scan(Target target) {
    int port = target.url().getPort() < 0 ? 443 : target.url().getPort();
    return new TlsScanner(target.url().getHost(), port, target.timeout(), PARALLELISM).scan();
  }

  static Evidence evidence(TlsScan scan) {
    return new Evidence("TLS scan of " + scan.endpoint() + ": " + scan.handshakes() + " ClientHellos in "
        + scan.duration().toMillis() + " ms", scan.describe());
  }

  /** @return a reason to end in ERROR, or null when the scan decided */
  static String undecided(TlsScan scan) {
    if (!scan.problems().isEmpty()) {
      return "the TLS scan of " + scan.endpoint() + " could not decide: " + String.join("; ", scan.problems());
    }
    if (scan.protocols().isEmpty()) {
      return "no ClientHello to " + scan.endpoint() + " (SSLv3 to TLS 1.3, " + CipherSuites.all().size()
          + " suites) got a ServerHello: is this port speaking TLS?";
    }
    return null;
  }
}
