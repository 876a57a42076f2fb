package dev.readiness.hsts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.profile.TlsProfile;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * {@code hsts.max-age}: max-age at least {@code hsts.minMaxAge} (365 days by default), includeSubDomains under the
 * {@code modern} profile, and the header also on an error response (a warning when it is missing there).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HstsMaxAgeCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "hsts.max-age";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "HSTS max-age long enough";
  }

  @Override
  public Category category() {
    return Category.TRANSPORT;
  }

  @Override
  public Outcome run(CheckContext context) {
    HttpExchange home = context.http().get(context.profile().paths().home());
    HttpExchange missing = context.http().get("/readiness-" + UUID.randomUUID());
    Duration minimum = context.profile().hsts().minMaxAge();
    boolean modern = context.profile().tlsProfile() == TlsProfile.MODERN;
    String pass = home.summary() + ": " + home.header(HstsPolicy.HEADER).orElse("") + " meets max-age >= "
        + minimum.toSeconds();
    return Outcome.of(pass, HstsPolicy.maxAge(home, List.of(missing), minimum, modern), context.http().evidence());
  }
}
