package dev.readiness.shutdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.container.ContainerState;
import dev.readiness.resilience.ApiAnswer;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@code shutdown.graceful} saw after sending SIGTERM with a request in flight.
 *
 * @param request the request in flight, for messages: {@code GET /slow}
 * @param inFlight its answer, or why none came
 * @param exitedBySelf true when the container stopped within the stop timeout without being killed
 * @param state the container's state after it stopped (its exit code)
 * @param stopTimeout the stop timeout
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ShutdownObservation(String request, ApiAnswer inFlight, boolean exitedBySelf, ContainerState state,
    Duration stopTimeout) {

  /** Rejects null components. */
  public ShutdownObservation {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(inFlight, "inFlight");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }
}
