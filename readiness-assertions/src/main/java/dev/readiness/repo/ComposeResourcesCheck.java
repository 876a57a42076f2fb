package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code compose.resources}: each compose service sets memory and CPU limits. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComposeResourcesCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "compose.resources";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Compose services set resource limits";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return requiresComposeServices(scan);
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return ComposeResourcesPolicy.evaluate(scan.services());
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "each of the " + scan.services().size() + " compose service(s) sets memory and CPU limits";
  }
}
