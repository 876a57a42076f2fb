package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code docker.user}: every Dockerfile's final stage sets a non-root `USER`. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DockerUserCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "docker.user";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Dockerfiles run as a non-root USER";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return requiresContainerFiles(scan);
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return DockerUserPolicy.evaluate(scan);
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "the final stage of each of the " + scan.dockerfiles().size() + " Dockerfile(s) sets a non-root USER";
  }
}
