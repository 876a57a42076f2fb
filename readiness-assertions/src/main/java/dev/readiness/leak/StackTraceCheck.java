package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeRequest;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code leak.stack-trace}: the {@link ForcedErrors} are answered without stack traces, debug pages or internals,
 * per {@link StackTracePolicy}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StackTraceCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "leak.stack-trace";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Errors show no stack traces";
  }

  @Override
  public Category category() {
    return Category.LEAKS;
  }

  @Override
  public Outcome run(CheckContext context) {
    List<HttpExchange> responses = new ArrayList<>();
    for (ProbeRequest request : ForcedErrors.of(context.profile(), context.http())) {
      responses.add(context.http().send(request));
    }
    String pass = "no stack trace in " + responses.stream().map(HttpExchange::summary).toList();
    return Outcome.of(pass, StackTracePolicy.evaluate(responses), context.http().evidence());
  }
}
