package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One service of a compose file, reduced to what the checks judge.
 *
 * @param file the compose file, relative to the repository root
 * @param name the service name
 * @param image the {@code image:} after {@code ${VAR:-default}} substitution, if any
 * @param build the Dockerfile its {@code build:} names, relative to the repository root, if any
 * @param user the {@code user:}, if any
 * @param ports its published ports
 * @param memoryLimit true when {@code deploy.resources.limits.memory} or {@code mem_limit} is set
 * @param cpuLimit true when {@code deploy.resources.limits.cpus} or {@code cpus} is set
 * @param healthcheck true when it declares a healthcheck that is not disabled
 * @param environment its {@code environment}, as written (a list entry without {@code =} maps to null)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComposeService(Path file, String name, Optional<String> image, Optional<Path> build,
    Optional<String> user, List<PortBinding> ports, boolean memoryLimit, boolean cpuLimit, boolean healthcheck,
    Map<String, String> environment) {

  /** Copies the collections. */
  public ComposeService {
    ports = List.copyOf(ports);
    environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
  }

  /**
   * @param dockerfile a Dockerfile of the repository
   * @return true when this service's {@code build:} names that Dockerfile
   */
  public boolean buildsFrom(Dockerfile dockerfile) {
    return build.filter(path -> path.equals(dockerfile.path().normalize())).isPresent();
  }

  /** @return {@code file: service}, as messages name it */
  public String label() {
    return file + ": service '" + name + "'";
  }
}
