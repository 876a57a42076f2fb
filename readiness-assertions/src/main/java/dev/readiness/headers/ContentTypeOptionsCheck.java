package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.profile.StackProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code headers.content-type-options}: {@code X-Content-Type-Options: nosniff} on the home page and on one API
 * path (the protected path, else the health path, when configured).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentTypeOptionsCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "headers.content-type-options";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "X-Content-Type-Options: nosniff";
  }

  @Override
  public Category category() {
    return Category.HEADERS;
  }

  @Override
  public Outcome run(CheckContext context) {
    List<HttpExchange> responses = new ArrayList<>();
    for (String path : paths(context.profile())) {
      responses.add(context.http().get(path));
    }
    String pass = "nosniff on " + responses.stream().map(HttpExchange::summary).toList();
    return Outcome.of(pass, ContentTypeOptionsPolicy.evaluate(responses), context.http().evidence());
  }

  private static Set<String> paths(StackProfile profile) {
    Set<String> paths = new LinkedHashSet<>();
    paths.add(profile.paths().home());
    profile.paths().protectedPath().or(() -> profile.paths().health()).ifPresent(paths::add);
    return paths;
  }
}
