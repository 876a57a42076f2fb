package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One API request sent while a dependency is down or back: its answer, or why none came.
 *
 * @param exchange the answer, empty when none came
 * @param failure why none came (the target's timeout passed, the connection was reset)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ApiAnswer(Optional<HttpExchange> exchange, Optional<String> failure) {

  /** Rejects null components. */
  public ApiAnswer {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * @param context the running check's context, whose bounded probe sends the request
   * @param request the request
   * @return the answer, or the reason none came
   */
  public static ApiAnswer send(CheckContext context, ProbeRequest request) {
    try {
      return new ApiAnswer(Optional.of(context.http().send(request)), Optional.empty());
    } catch (ProbeException e) {
      return new ApiAnswer(Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  /** @return for messages: the exchange's summary, or {@code no answer (reason)} */
  public String describe() {
    return exchange.map(HttpExchange::summary).orElse("no answer (" + failure.orElse("?") + ")");
  }
}
