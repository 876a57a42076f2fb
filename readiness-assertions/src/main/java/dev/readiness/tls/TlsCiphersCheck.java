package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
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
    TlsPolicy policy = TlsPolicy.inForce(context.profile().tlsProfile());
    return TlsScans.judge(context, (scan, evidence) -> Outcome.of(scan.endpoint() + " accepts only suites the "
        + policy.name() + " profile allows", TlsCiphersPolicy.evaluate(scan.accepted(), policy), evidence));
  }
}
