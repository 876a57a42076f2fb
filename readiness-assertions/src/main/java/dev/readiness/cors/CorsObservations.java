package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Evidence;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Everything one CORS probe run saw, shared by the six {@code cors.*} checks of a run.
 *
 * @param control the plain request of the home path, the positive control
 * @param allowedOrigins the configured allowed origins
 * @param isPublic true when the profile declares the API public ({@code cors.public: true})
 * @param responses one entry per request sent
 * @param evidence the redacted exchanges
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorsObservations(CorsControl control, List<String> allowedOrigins, boolean isPublic,
    List<CorsResponse> responses, List<Evidence> evidence) {

  /** Copies the lists. */
  public CorsObservations {
    Objects.requireNonNull(control, "control");
    allowedOrigins = List.copyOf(allowedOrigins);
    responses = List.copyOf(responses);
    evidence = List.copyOf(evidence);
  }

  /** @return the responses to origins of this class */
  public List<CorsResponse> of(OriginVariant.Kind kind) {
    return responses.stream().filter(r -> r.variant().kind() == kind).toList();
  }
}
