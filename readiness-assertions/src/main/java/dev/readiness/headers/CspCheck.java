package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import org.apiguardian.api.API;

/** {@code headers.csp}: the home page carries a Content-Security-Policy that restricts scripts, per {@link CspPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CspCheck extends HomePageHeaderCheck {

  /** The catalogue id. */
  public static final String ID = "headers.csp";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Content-Security-Policy restricts scripts";
  }

  @Override
  protected List<Finding> evaluate(HttpExchange home) {
    return CspPolicy.evaluate(home);
  }

  @Override
  protected String passMessage(HttpExchange home) {
    return home.summary() + " restricts scripts with Content-Security-Policy " + home.headers().all(CspPolicy.HEADER);
  }
}
