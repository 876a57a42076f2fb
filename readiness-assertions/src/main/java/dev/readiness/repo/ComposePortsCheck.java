package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code compose.ports}: database and cache ports are not published on all interfaces. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComposePortsCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "compose.ports";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Databases are not published on all interfaces";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return requiresComposeServices(scan);
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return ComposePortsPolicy.evaluate(scan.services());
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "no database or cache port is published on all interfaces";
  }
}
