package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One load run: the request every user sends, how many connections (users) at most, how long the measured window
 * lasts, and the arrival rate of an open model. Without a rate the run is a closed model: {@code connections}
 * users each send the next request as soon as the previous one is answered. With a rate it is an open model:
 * requests are due at a constant rate whether or not earlier ones were answered, sent over at most
 * {@code connections} connections.
 *
 * @param request what every user sends
 * @param connections concurrent users (closed) or the connection cap (open), 1 to {@link #MAX_CONNECTIONS}
 * @param duration the measured window, positive
 * @param rate requests per second of an open model; empty for a closed model
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadPlan(ProbeRequest request, int connections, Duration duration, OptionalInt rate) {

  /** The most connections one run opens: one JVM on two cores keeps 1000 busy within 256 MB of heap. */
  public static final int MAX_CONNECTIONS = 1000;

  /** Validates the bounds. */
  public LoadPlan {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rate, "rate");
    if (connections < 1 || connections > MAX_CONNECTIONS) {
      throw new IllegalArgumentException("connections must be 1 to " + MAX_CONNECTIONS + ", was " + connections);
    }
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
    if (rate.isPresent() && rate.getAsInt() < 1) {
      throw new IllegalArgumentException("rate must be positive, was " + rate.getAsInt());
    }
  }

  /** @return true for an open model (constant arrival rate) */
  public boolean isOpen() {
    return rate.isPresent();
  }

  /** @return how many requests an open model intends to send in the window; 0 for a closed model */
  public long intendedRequests() {
    return rate.isEmpty() ? 0 : rate.getAsInt() * duration.toNanos() / 1_000_000_000L;
  }
}
