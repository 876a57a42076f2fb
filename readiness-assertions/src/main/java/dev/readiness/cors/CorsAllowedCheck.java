package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code cors.allowed}: each configured allowed origin is granted (positive control). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsAllowedCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.allowed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Configured CORS origins are allowed";
  }

  @Override
  Optional<Outcome> precondition(CheckContext context) {
    return requireAllowedOrigins(context, "check");
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.allowed(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return "every configured origin " + observations.allowedOrigins() + " is allowed";
  }
}
