package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.List;
import org.apiguardian.api.API;

/** {@code headers.frame-options}: the home page may not be framed by other sites, per {@link FrameOptionsPolicy}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FrameOptionsCheck extends HomePageHeaderCheck {

  /** The catalogue id. */
  public static final String ID = "headers.frame-options";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Framing restricted (X-Frame-Options or frame-ancestors)";
  }

  @Override
  protected List<Finding> evaluate(HttpExchange home) {
    return FrameOptionsPolicy.evaluate(home);
  }

  @Override
  protected String passMessage(HttpExchange home) {
    return home.summary() + " restricts framing: X-Frame-Options " + home.headers().all(FrameOptionsPolicy.HEADER) + ", CSP " + home.headers().all(CspPolicy.HEADER);
  }
}
