package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import java.util.List;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * {@code leak.banner}: the home page and an error response (a random path) carry no version banner, per
 * {@link BannerPolicy}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BannerCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "leak.banner";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No version banners";
  }

  @Override
  public Category category() {
    return Category.LEAKS;
  }

  @Override
  public Outcome run(CheckContext context) {
    List<HttpExchange> responses = List.of(context.http().get(context.profile().paths().home()),
        context.http().get("/readiness-" + UUID.randomUUID()));
    String pass = "no version banner in " + responses.stream().map(HttpExchange::summary).toList();
    return Outcome.of(pass, BannerPolicy.evaluate(responses), context.http().evidence());
  }
}
