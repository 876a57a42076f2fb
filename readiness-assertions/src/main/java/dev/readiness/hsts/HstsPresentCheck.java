package dev.readiness.hsts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeRequest;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code hsts.present}: a syntactically valid Strict-Transport-Security header on the HTTPS response. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HstsPresentCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "hsts.present";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "HSTS header present";
  }

  @Override
  public Category category() {
    return Category.TRANSPORT;
  }

  @Override
  public Outcome run(CheckContext context) {
    String home = context.profile().paths().home();
    HttpExchange https = context.http().get(home);
    Optional<HttpExchange> plain = context.target().httpUrl()
        .map(url -> context.http().send(ProbeRequest.get(url.resolve(home))));
    String pass = https.summary() + " sends " + HstsPolicy.HEADER + ": " + https.header(HstsPolicy.HEADER).orElse("");
    return Outcome.of(pass, HstsPolicy.presence(https, plain), context.http().evidence());
  }
}
