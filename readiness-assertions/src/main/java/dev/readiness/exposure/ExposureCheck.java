package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An exposure check: a GET of a random path as the baseline, then a GET of each path, judged by
 * {@link ExposurePolicy}. Subclasses name the paths, what is allowed and the fix. The evidence masks the value of
 * every {@code KEY=value} line of the bodies, so the report does not repeat the secrets it found.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ExposureCheck implements Check {

  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^(\\s*(?:export\\s+)?[A-Za-z_][A-Za-z0-9_.-]*\\s*=\\s*).+$", Pattern.MULTILINE);

  @Override
  public final Category category() {
    return Category.LEAKS;
  }

  @Override
  public final Outcome run(CheckContext context) {
    HttpExchange baseline = context.http().get("/readiness-" + UUID.randomUUID());
    List<ExposurePolicy.Probed> probed = new ArrayList<>();
    for (ExposedPath path : paths()) {
      probed.add(new ExposurePolicy.Probed(path, context.http().get(path.path())));
    }
    String pass = "none of " + paths().stream().map(ExposedPath::path).distinct().toList()
        + " is served with its real content (baseline " + baseline.summary() + ")";
    return Outcome.of(pass, ExposurePolicy.evaluate(baseline, probed, allowed(context), why(), fix()),
        context.http().evidence().stream().map(ExposureCheck::withoutAssignedValues).toList());
  }

  /** Masks the value of every {@code KEY=value} line, so an exposed {@code .env} or Git config is not repeated. */
  private static Evidence withoutAssignedValues(Evidence evidence) {
    return new Evidence(evidence.title(), ASSIGNMENT.matcher(evidence.detail()).replaceAll("$1" + Redactor.MASK));
  }

  /** @return the paths to request */
  protected abstract List<ExposedPath> paths();

  /** @return the names or paths allowed on purpose */
  protected abstract Set<String> allowed(CheckContext context);

  /** @return why an exposure matters */
  protected abstract String why();

  /** @return the one-line fix */
  protected abstract String fix();
}
