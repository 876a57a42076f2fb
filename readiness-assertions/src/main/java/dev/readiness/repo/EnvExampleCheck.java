package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code config.env-example}: `.env.example` exists and lists every environment variable the code reads; SKIPPED,
 * naming what was looked for, when the repository reads none.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EnvExampleCheck extends RepositoryCheck {

  /** The catalogue id. */
  public static final String ID = "config.env-example";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return ".env.example lists every variable the code reads";
  }

  @Override
  protected Optional<String> applies(RepositoryScan scan) {
    return scan.envReads().isEmpty() ? Optional.of("the repository reads no environment variable, so there is "
        + "nothing for .env.example to list: looked for " + EnvVarReader.LOOKED_FOR) : Optional.empty();
  }

  @Override
  protected List<Finding> findings(RepositoryScan scan) {
    return EnvExamplePolicy.evaluate(scan.envReads(), scan.envExamples());
  }

  @Override
  protected String passMessage(RepositoryScan scan) {
    return "every one of the " + scan.envReads().stream().map(EnvVarRead::name).distinct().count()
        + " environment variables the code reads is listed in .env.example";
  }
}
