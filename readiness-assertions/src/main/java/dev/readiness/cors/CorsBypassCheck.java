package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code cors.bypass}: look-alikes of each allowed origin (suffix, prefix, unescaped dot, substring, any subdomain, http scheme) are refused, while the allowed origin itself is granted. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CorsBypassCheck extends CorsCheck {

  /** The catalogue id. */
  public static final String ID = "cors.bypass";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Look-alike origins are refused";
  }

  @Override
  Optional<Outcome> precondition(CheckContext context) {
    return requireAllowedOrigins(context, "derive look-alikes from");
  }

  @Override
  Optional<Outcome> control(CorsObservations observations) {
    if (CorsPolicy.controlHolds(observations)) {
      return Optional.empty();
    }
    String refused = CorsPolicy.allowed(observations).stream().filter(Finding::isBlocking).findFirst()
        .map(Finding::message).orElse("");
    return Optional.of(Outcome.error("the positive control failed, so refused look-alikes prove nothing: "
        + refused, observations.evidence()));
  }

  @Override
  List<Finding> evaluate(CorsObservations observations) {
    return CorsPolicy.bypass(observations);
  }

  @Override
  String passMessage(CorsObservations observations) {
    return "every look-alike of " + observations.allowedOrigins() + " was refused while the origins themselves were "
        + "allowed";
  }
}
