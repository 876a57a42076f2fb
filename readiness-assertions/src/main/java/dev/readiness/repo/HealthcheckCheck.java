package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code docker.healthcheck}: each service has a HEALTHCHECK (Dockerfile or compose). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HealthcheckCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "docker.healthcheck";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Every service has a healthcheck";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return requiresContainerFiles(scan);
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return HealthcheckPolicy.evaluate(scan);
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "each service declares a healthcheck";
  }
}
