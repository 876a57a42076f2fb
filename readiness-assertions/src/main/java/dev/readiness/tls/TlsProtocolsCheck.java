package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import org.apiguardian.api.API;

/** {@code tls.protocols}: which of SSLv2 to TLS 1.3 the server accepts, judged by {@link TlsProtocolsPolicy}. */
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
    return TlsScans.judge(context, (scan, evidence) -> Outcome.of(
        scan.endpoint() + " accepts " + scan.protocols() + " and nothing older",
        TlsProtocolsPolicy.evaluate(scan.protocols(), TlsPolicy.inForce(context.profile().tlsProfile())), evidence));
  }
}
