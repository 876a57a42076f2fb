package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import org.apiguardian.api.API;

/** {@code headers.referrer-policy}: the home page's Referrer-Policy does not send full URLs to other origins, per {@link ReferrerLeakPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReferrerPolicyCheck extends HomePageHeaderCheck {

  /** The catalogue id. */
  public static final String ID = "headers.referrer-policy";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Referrer-Policy does not leak URLs";
  }

  @Override
  protected List<Finding> evaluate(HttpExchange home) {
    return ReferrerLeakPolicy.evaluate(home);
  }

  @Override
  protected String passMessage(HttpExchange home) {
    return home.summary() + " sent Referrer-Policy " + home.headers().all(ReferrerPolicyHeader.HEADER);
  }
}
