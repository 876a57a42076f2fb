package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.AbusiveAnswer;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeRequest;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code leak.stack-trace}: the {@link ForcedErrors} are answered without stack traces, debug pages or internals,
 * per {@link StackTracePolicy}. A forced error that the server refuses at the transport (nginx resets the HTTP/2
 * stream of a 16 KiB header) is a refusal, judged as leaking nothing and kept in the evidence; the check is ERROR only
 * when no forced error got an answer that can be judged.
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
    List<String> answers = new ArrayList<>();
    for (ProbeRequest request : ForcedErrors.of(context.profile(), context.http())) {
      AbusiveAnswer answer = context.http().sendAbusive(request);
      answer.exchange().ifPresent(responses::add);
      answers.add(answer.refused() ? answer.summary() : answer.exchange().orElseThrow().summary());
    }
    if (responses.isEmpty()) {
      return Outcome.error("no forced error got an HTTP answer to judge: " + answers, context.http().evidence());
    }
    String pass = "no stack trace in " + answers;
    return Outcome.of(pass, StackTracePolicy.evaluate(responses), context.http().evidence());
  }
}
