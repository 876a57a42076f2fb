package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.target.Target;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the five {@code tls.certificate.*} checks share: the chain is fetched once per run by
 * {@link CertificateChainProbe} and kept in {@link CheckContext#shared()}; each subclass judges one property, so
 * one fault fails one check.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class CertificateCheck implements Check {

  static final String KEY = "tls.chain";

  /** Subclasses are the five catalogue checks. */
  CertificateCheck() {}

  @Override
  public final Category category() {
    return Category.TLS;
  }

  @Override
  public final Outcome run(CheckContext context) {
    if (!context.target().isHttps()) {
      return Outcome.skipped("target.url is not https://, so there is no certificate to judge");
    }
    Duration bound = context.target().timeout().compareTo(context.http().remaining()) < 0
        ? context.target().timeout() : context.http().remaining();
    PresentedChain chain = context.shared().computeIfAbsent(KEY, PresentedChain.class,
        () -> fetch(context.target(), bound));
    List<Evidence> evidence = List.of(new Evidence("certificate chain presented by " + chain.endpoint(),
        chain.describe()));
    return Outcome.of(passMessage(chain), judge(chain, context), evidence);
  }

  /** @return the findings of this check's policy */
  abstract List<Finding> judge(PresentedChain chain, CheckContext context);

  /** @return what held, when nothing blocks */
  abstract String passMessage(PresentedChain chain);

  private static PresentedChain fetch(Target target, Duration bound) {
    int port = target.url().getPort() < 0 ? 443 : target.url().getPort();
    return new CertificateChainProbe(target.url().getHost(), port, bound).fetch();
  }
}
