package dev.readiness.cors;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.ProbeLimits;
import java.util.List;
import java.util.Optional;

/**
 * The shape the six {@code cors.*} checks share: the session's one {@link CorsProbe} run, a precondition, the
 * positive control of every check ({@link CorsControl}: the plain request is answered normally), a check's own
 * control, a {@link CorsPolicy} verdict and the shared evidence.
 */
abstract class CorsCheck implements Check {

  static final String NO_ORIGINS = "cors.allowedOrigins is not configured in the stack profile, so there is no "
      + "allowed origin to ";

  @Override
  public final Category category() {
    return Category.CORS;
  }

  @Override
  public final ProbeLimits limits() {
    return CorsProbe.LIMITS;
  }

  @Override
  public final Outcome run(CheckContext context) {
    Optional<Outcome> early = precondition(context);
    if (early.isPresent()) {
      return early.get();
    }
    CorsObservations observations = CorsProbe.shared(context);
    Optional<String> plain = observations.control().failure();
    if (plain.isPresent()) {
      return Outcome.error(plain.get(), observations.evidence());
    }
    Optional<Outcome> control = control(observations);
    if (control.isPresent()) {
      return control.get();
    }
    return Outcome.of(passMessage(observations), evaluate(observations), observations.evidence());
  }

  /** @return a skip when the profile lacks what this check needs; empty to go on */
  Optional<Outcome> precondition(CheckContext context) {
    return Optional.empty();
  }

  /** @return an error when this check's own positive control failed; empty to go on */
  Optional<Outcome> control(CorsObservations observations) {
    return Optional.empty();
  }

  abstract List<Finding> evaluate(CorsObservations observations);

  abstract String passMessage(CorsObservations observations);

  static Optional<Outcome> requireAllowedOrigins(CheckContext context, String purpose) {
    boolean none = context.profile().cors().map(c -> c.allowedOrigins().isEmpty()).orElse(true);
    return none ? Optional.of(Outcome.skipped(NO_ORIGINS + purpose)) : Optional.empty();
  }

  static String probed(CorsObservations observations) {
    return observations.responses().size() + " CORS requests (simple GET and preflight)";
  }
}
