package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A header check that reads one response: a GET of the profile's home page ({@code paths.home}), judged by a pure
 * policy. Subclasses name the check and the policy.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class HomePageHeaderCheck implements Check {

  @Override
  public final Category category() {
    return Category.HEADERS;
  }

  @Override
  public final Outcome run(CheckContext context) {
    HttpExchange home = context.http().get(context.profile().paths().home());
    return Outcome.of(passMessage(home), evaluate(home), context.http().evidence());
  }

  /** @return the policy's findings for the home page response */
  protected abstract List<Finding> evaluate(HttpExchange home);

  /** @return what held, for a passing response */
  protected abstract String passMessage(HttpExchange home);
}
