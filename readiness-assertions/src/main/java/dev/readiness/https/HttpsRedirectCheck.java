package dev.readiness.https;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeRequest;
import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code https.redirect}: the plain-HTTP listener redirects to HTTPS on the same host. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HttpsRedirectCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "https.redirect";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Plain HTTP redirects to HTTPS";
  }

  @Override
  public Category category() {
    return Category.TRANSPORT;
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<URI> httpUrl = context.target().httpUrl();
    if (httpUrl.isEmpty()) {
      return Outcome.skipped("target.httpUrl is not configured in the stack profile, so there is no plain-HTTP "
          + "listener to probe");
    }
    HttpExchange plain = context.http().send(ProbeRequest.get(httpUrl.get().resolve(context.profile().paths().home())));
    String pass = plain.summary() + " redirects to " + plain.header("Location").orElse("");
    return Outcome.of(pass, HttpsRedirectPolicy.evaluate(plain), context.http().evidence());
  }
}
