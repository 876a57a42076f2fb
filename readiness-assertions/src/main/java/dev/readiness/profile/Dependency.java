package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The dependency {@code resilience.dependency-down} stops and starts again (profile section {@code dependency}).
 *
 * @param container the dependency's container (the database), by name or id
 * @param api a request that needs the dependency; empty means {@code paths.protected}, else only health is judged
 * @param within how long health may take to report the outage, and the application to recover after it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Dependency(String container, Optional<RequestTemplate> api, Duration within) {

  /** The bound on detection and recovery when not configured. */
  public static final Duration DEFAULT_WITHIN = Duration.ofSeconds(30);

  /** The longest {@code within}: the check's deadline (240 s) holds two waits of it and the stops around them. */
  public static final Duration MAX_WITHIN = Duration.ofSeconds(90);

  /** Rejects null components. */
  public Dependency {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(within, "within");
  }
}
