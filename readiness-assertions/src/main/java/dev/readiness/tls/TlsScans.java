package dev.readiness.tls;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.target.Target;
import java.util.List;
import java.util.function.BiFunction;

/** The one scan per run that {@code tls.protocols} and {@code tls.ciphers} share. */
final class TlsScans {

  static final String KEY = "tls.scan";
  private static final int PARALLELISM = 8;

  private TlsScans() {}

  /**
   * Runs the shared scan and hands it to the verdict: SKIPPED for a plain-HTTP target, ERROR when the scan could not
   * decide, else the verdict with the scan's evidence.
   */
  static Outcome judge(CheckContext context, BiFunction<TlsScan, List<Evidence>, Outcome> verdict) {
    if (!context.target().isHttps()) {
      return Outcome.skipped("target.url is not https://, so there is no TLS listener to scan");
    }
    TlsScan scan = of(context);
    List<Evidence> evidence = List.of(evidence(scan), TlsGrid.of(scan));
    String undecided = undecided(scan);
    return undecided != null ? Outcome.error(undecided, evidence) : verdict.apply(scan, evidence);
  }

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
      return "no ClientHello to " + scan.endpoint() + " (SSLv2 to TLS 1.3, " + CipherSuites.all().size()
          + " suites) got a ServerHello: is this port speaking TLS?";
    }
    return null;
  }
}
