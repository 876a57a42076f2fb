package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code config.secrets}: no `.env` with values committed; no literal passwords or keys in compose files or sample
 * configs; SKIPPED, naming what was looked for, when the repository has none of these files.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SecretsCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "config.secrets";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No secrets committed";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return scan.dotenvFiles().isEmpty() && scan.envExamples().isEmpty() && scan.composeFiles().isEmpty()
        ? Optional.of("the repository has nothing that could hold a committed secret: looked for .env files not "
            + "ignored by the root .gitignore, example env files (.env.example, .env.sample, .env.template, "
            + ".env.dist, .env.defaults) and compose files (docker-compose*.yml, compose*.yml), and found none")
        : Optional.empty();
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return SecretsPolicy.evaluate(scan);
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "no committed .env with values, no literal secret in " + scan.composeFiles().size()
        + " compose file(s) or " + scan.envExamples().size() + " example file(s)";
  }
}
