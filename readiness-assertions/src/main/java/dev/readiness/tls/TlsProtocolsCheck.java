package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/** {@code tls.protocols}: which of SSLv3 to TLS 1.3 the server accepts, judged by {@link TlsProtocolsPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsProtocolsCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "tls.protocols";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "TLS protocol versions";
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
    return Outcome.of(scan.endpoint() + " accepts " + scan.protocols() + " and nothing older",
        TlsProtocolsPolicy.evaluate(scan.protocols(), context.profile().tlsProfile()), evidence);
  }
}
