package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/** HTTPS everywhere: {@code https.redirect}, {@code hsts.present}, {@code hsts.max-age}. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface TransportKit extends ReadinessKit {

  /** {@code https.redirect}: plain HTTP redirects to HTTPS on the same host. */
  @ReadinessCheck("https.redirect")
  default void httpsRedirect(CheckRun run) {
    run.verify();
  }

  /** {@code hsts.present}: a valid Strict-Transport-Security header over HTTPS. */
  @ReadinessCheck("hsts.present")
  default void hstsPresent(CheckRun run) {
    run.verify();
  }

  /** {@code hsts.max-age}: max-age of at least a year (configurable). */
  @ReadinessCheck("hsts.max-age")
  default void hstsMaxAge(CheckRun run) {
    run.verify();
  }
}
