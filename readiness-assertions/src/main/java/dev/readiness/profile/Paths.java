package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Paths on the target that several checks use (profile section {@code paths}). Every path starts
 * with {@code /}.
 *
 * @param home the page for header checks (key {@code home}, default {@value #DEFAULT_HOME})
 * @param health the health endpoint (key {@code health})
 * @param protectedPath an endpoint that needs credentials, used by {@code auth.required} and
 *     {@code jwt.signature-enforced} (key {@code protected})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Paths(String home, Optional<String> health, Optional<String> protectedPath) {

  /** The home path when none is configured. */
  public static final String DEFAULT_HOME = "/";

  /**
   * Rejects null components.
   *
   * @param home the page for header checks (key {@code home}, default {@value #DEFAULT_HOME})
   * @param health the health endpoint (key {@code health})
   * @param protectedPath an endpoint that needs credentials, used by {@code auth.required} and
   *     {@code jwt.signature-enforced} (key {@code protected})
   */
  public Paths {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(protectedPath, "protectedPath");
  }
}
