package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import org.apiguardian.api.API;

/** {@code config.secrets}: no `.env` with values committed; no literal passwords or keys in compose files or sample configs. */
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
  protected List<Finding> findings(RepositoryScan scan) {
    return SecretsPolicy.evaluate(scan);
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "no committed .env with values, no literal secret in " + scan.composeFiles().size() + " compose file(s) or " + scan.envExamples().size() + " example file(s)";
  }
}
