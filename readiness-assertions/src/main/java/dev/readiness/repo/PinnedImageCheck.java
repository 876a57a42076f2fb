package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code docker.pinned}: every `FROM` and compose `image:` has an explicit, non-`latest` tag or a digest. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PinnedImageCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "docker.pinned";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Images are pinned";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return requiresContainerFiles(scan);
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return PinnedImagePolicy.evaluate(scan);
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "every FROM and image: of " + scan.dockerfiles().size() + " Dockerfile(s) and " + scan.services().size() + " service(s) has an explicit tag or digest";
  }
}
