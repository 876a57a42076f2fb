package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What every repository check shares: SKIPPED when the profile names no {@code repository}, one
 * {@link RepositoryScan} per run (shared through {@link dev.readiness.check.SharedResources}), ERROR naming the file
 * when a file cannot be read or parsed, then a pure policy. No request is sent to the target.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RepositoryCheck implements Check {

  @Override
  public final Category category() {
    return Category.CONFIG;
  }

  @Override
  public final Outcome run(CheckContext context) {
    Optional<Path> root = context.profile().repository();
    if (root.isEmpty()) {
      return Outcome.skipped("repository is not configured in the stack profile");
    }
    RepositoryScan scan;
    try {
      scan = context.shared().computeIfAbsent("repository.scan:" + root.get(), RepositoryScan.class,
          () -> RepositoryScan.of(root.get()));
    } catch (RepositoryException | UncheckedIOException e) {
      return Outcome.error(e.getMessage(), List.of());
    }
    List<Evidence> evidence = List.of(new Evidence("repository " + root.get(), scan.dockerfiles().size()
        + " Dockerfile(s), " + scan.composeFiles().size() + " compose file(s) with " + scan.services().size()
        + " service(s), " + scan.envExamples().size() + " example env file(s), " + scan.envReads().size()
        + " environment read(s)"));
    return applies(scan).map(Outcome::skipped)
        .orElseGet(() -> Outcome.of(passMessage(scan), findings(scan), evidence));
  }

  /**
   * @param scan the repository
   * @return a reason to skip when the repository has nothing this check judges; empty otherwise
   */
  protected Optional<String> applies(RepositoryScan scan) {
    return Optional.empty();
  }

  /** @return a reason to skip when the repository has no compose service; empty otherwise */
  protected static Optional<String> requiresComposeServices(RepositoryScan scan) {
    return scan.services().isEmpty() ? Optional.of("the repository has no compose service") : Optional.empty();
  }

  /** @return a reason to skip when the repository has neither a Dockerfile nor a compose file; empty otherwise */
  protected static Optional<String> requiresContainerFiles(RepositoryScan scan) {
    return scan.dockerfiles().isEmpty() && scan.services().isEmpty()
        ? Optional.of("the repository has no Dockerfile and no compose file") : Optional.empty();
  }

  /**
   * @param scan the repository
   * @return the policy's findings
   */
  protected abstract List<Finding> findings(RepositoryScan scan);

  /**
   * @param scan the repository
   * @return what held when nothing blocks
   */
  protected abstract String passMessage(RepositoryScan scan);
}
