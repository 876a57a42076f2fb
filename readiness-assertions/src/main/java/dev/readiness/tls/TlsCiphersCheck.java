package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.ciphers}: the suites accepted per version, judged by {@link TlsCiphersPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsCiphersCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "tls.ciphers";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "TLS cipher suites";
  }

  @Override
  public Category category() {
    return Category.TLS;
  }

  @Override
  public Outcome run(CheckContext context) {
    if (!context.target().isHttps()) {
      return Outcome.skipped("target.url is not https://, so there is no TLS listener to scan");
    }
    TlsScan scan = TlsScans.of(context);
    List<Evidence> evidence = List.of(TlsScans.evidence(scan));
    String undecided = TlsScans.undecided(scan);
    if (undecided != null) {
      return Outcome.error(undecided, evidence);
    }
    return Outcome.of(scan.endpoint() + " accepts only suites the " + context.profile().tlsProfile().yamlName() + " profile allows",
        TlsCiphersPolicy.evaluate(scan.accepted(), context.profile().tlsProfile()), evidence);
  }
}
