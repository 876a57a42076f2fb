package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How {@code resilience.restart} writes a record and reads it back (profile section {@code persistence}).
 *
 * @param create the request that creates a record; its JSON answer holds the record's id
 * @param read the request that reads it; {@code ${id}} in its path stands for the id
 * @param idPointer JSON pointer to the id in the create's answer ({@value #DEFAULT_ID_POINTER} by default)
 * @param container the application container to restart; empty means the first of {@code containers}
 * @param healthWithin how long the application may take to answer its health endpoint after the restart
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Persistence(RequestTemplate create, RequestTemplate read, String idPointer, Optional<String> container,
    Duration healthWithin) {

  /** The id pointer when none is configured. */
  public static final String DEFAULT_ID_POINTER = "/id";

  /** How long the application may take to become healthy again when not configured. */
  public static final Duration DEFAULT_HEALTH_WITHIN = Duration.ofSeconds(60);

  /** The longest {@code healthWithin}: the check's deadline (180 s) holds it and the requests around it. */
  public static final Duration MAX_HEALTH_WITHIN = Duration.ofSeconds(120);

  /** Rejects null components. */
  public Persistence {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(idPointer, "idPointer");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(healthWithin, "healthWithin");
  }
}
