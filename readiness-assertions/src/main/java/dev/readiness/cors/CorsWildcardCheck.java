package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code cors.wildcard}: {@code Access-Control-Allow-Origin: *} is not sent unless the profile declares the API public. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsWildcardCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.wildcard";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No CORS wildcard origin";
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.wildcard(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return observations.isPublic()
        ? "cors.public: true declares the API public, so Access-Control-Allow-Origin: * is accepted"
        : "none of " + probed(observations) + " was answered with Access-Control-Allow-Origin: *";
  }
}
