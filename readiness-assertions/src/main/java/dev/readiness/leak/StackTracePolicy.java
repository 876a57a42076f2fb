package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code leak.stack-trace} rule: no response to a forced error shows a stack trace, a framework debug page,
 * exception text, a connection string or a server file path, as {@link StackTraceSignatures} recognizes them.
 * Every response is read, whatever its status.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StackTracePolicy {

  private static final String FIX = "Answer errors with a generic body in production (Express NODE_ENV=production; "
      + "FastAPI/Flask debug=False; Django DEBUG=False; Spring server.error.include-stacktrace=never)";

  private StackTracePolicy() {}

  /** @return one blocking finding per response whose body shows a signature */
  public static List<Finding> evaluate(List<HttpExchange> responses) {
    List<Finding> findings = new ArrayList<>();
    for (HttpExchange response : responses) {
      Optional<StackTraceSignatures.Match> match = StackTraceSignatures.find(response.body());
      match.ifPresent(found -> findings.add(Finding.fail(response.summary() + " answered with "
          + found.signature().name() + " ('" + found.excerpt() + "'), which shows attackers the code, its paths "
          + "and libraries", FIX)));
    }
    return findings;
  }
}
