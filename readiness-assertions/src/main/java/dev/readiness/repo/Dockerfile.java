package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A parsed Dockerfile.
 *
 * @param path where it is, relative to the repository root
 * @param stages its build stages in order; the last one is the image that runs
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Dockerfile(Path path, List<DockerStage> stages) {

  /** Copies the stages. */
  public Dockerfile {
    stages = List.copyOf(stages);
  }

  /** @return the stage that becomes the image, absent for a file without {@code FROM} */
  public Optional<DockerStage> finalStage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }
}
