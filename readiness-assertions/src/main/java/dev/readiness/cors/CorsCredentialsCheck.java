package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code cors.credentials}: {@code Access-Control-Allow-Credentials: true} never goes with {@code *} or with an origin that is not configured. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsCredentialsCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.credentials";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "CORS credentials only for configured origins";
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.credentials(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return "Access-Control-Allow-Credentials: true went only with configured origins in " + probed(observations);
  }
}
