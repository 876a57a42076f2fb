package dev.readiness.health;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code health.endpoint}: the configured health path answers 2xx within 1 s. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HealthEndpointCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "health.endpoint";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Health endpoint answers quickly";
  }

  @Override
  public Category category() {
    return Category.OPERATIONS;
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<String> path = context.profile().paths().health();
    if (path.isEmpty()) {
      return Outcome.skipped("paths.health is not configured in the stack profile");
    }
    HttpExchange response = context.http().get(path.get());
    String pass = response.summary() + " in " + response.elapsed().toMillis() + " ms";
    return Outcome.of(pass, HealthPolicy.evaluate(response, HealthPolicy.DEFAULT_BOUND), context.http().evidence());
  }
}
