package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code cors.reflection}: a random foreign origin {@code https://<random>.example} is not echoed back. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsReflectionCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.reflection";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Foreign origins are not reflected";
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.reflection(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return "the foreign origin " + observations.of(OriginVariant.Kind.FOREIGN).get(0).variant().origin()
        + " was not echoed by any of " + observations.of(OriginVariant.Kind.FOREIGN).size() + " requests";
  }
}
