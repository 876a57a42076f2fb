package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How {@code shutdown.graceful} stops the application (profile section {@code shutdown}).
 *
 * @param request a slow request (a long poll, a slow upload) that is in flight when SIGTERM is sent
 * @param stopTimeout how long the container may take to exit after SIGTERM before it is killed, as Docker's stop
 *     timeout ({@code docker stop -t}); {@value #DEFAULT_STOP_TIMEOUT_SECONDS} s by default, Docker's own default
 * @param container the application container; empty means the first of {@code containers}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Shutdown(RequestTemplate request, Duration stopTimeout, Optional<String> container) {

  /** Docker's default stop timeout, in seconds. */
  public static final int DEFAULT_STOP_TIMEOUT_SECONDS = 10;

  /** The longest {@code stopTimeout}: the check's deadline (150 s) holds it and the request in flight. */
  public static final Duration MAX_STOP_TIMEOUT = Duration.ofSeconds(120);

  /** Rejects null components. */
  public Shutdown {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    Objects.requireNonNull(container, "container");
  }
}
