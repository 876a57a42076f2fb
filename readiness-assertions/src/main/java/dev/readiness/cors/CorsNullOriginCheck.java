package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code cors.null-origin}: {@code Origin: null} is not allowed. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsNullOriginCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.null-origin";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "The null origin is not allowed";
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.nullOrigin(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return "Origin: null was not allowed by any of " + observations.of(OriginVariant.Kind.NULL).size() + " requests";
  }
}
