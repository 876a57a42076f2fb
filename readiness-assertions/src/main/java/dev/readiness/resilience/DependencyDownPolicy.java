package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.leak.StackTraceSignatures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code resilience.dependency-down} rule over what was seen: (1) health reported unhealthy while the dependency
 * was down, (2) the API failed fast and clean (an answer, 5xx, no stack trace), (3) health was 2xx again and the API
 * answered below 500 after the dependency came back. One blocking finding names every property that did not hold.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DependencyDownPolicy {

  private DependencyDownPolicy() {}

  /**
   * What {@code resilience.dependency-down} saw.
   *
   * @param dependency the dependency's label, such as {@code container 'db' (3f2a1b9c0d1e)}
   * @param healthPath the health endpoint
   * @param within the bound on detection and recovery
   * @param down the health poll while the dependency was stopped, waiting for unhealthy
   * @param apiDown the API's answer while the dependency was stopped; empty when no API request is configured
   * @param up the health poll after the dependency started again, waiting for healthy
   * @param apiUp the API's answer after recovery; empty when no API request is configured
   * @param timeout the target's per-request timeout, the bound on a fast failure
   */
  public record Observation(String dependency, String healthPath, Duration within, HealthPoll.Result down,
      Optional<ApiAnswer> apiDown, HealthPoll.Result up, Optional<ApiAnswer> apiUp, Duration timeout) {

    /** Rejects null components. */
    public Observation {
      Objects.requireNonNull(dependency, "dependency");
      Objects.requireNonNull(healthPath, "healthPath");
      Objects.requireNonNull(within, "within");
      Objects.requireNonNull(down, "down");
      Objects.requireNonNull(apiDown, "apiDown");
      Objects.requireNonNull(up, "up");
      Objects.requireNonNull(apiUp, "apiUp");
      Objects.requireNonNull(timeout, "timeout");
    }
  }

  /**
   * @param seen what was seen
   * @return at most one blocking finding, naming each property that did not hold
   */
  public static List<Finding> evaluate(Observation seen) {
    List<String> problems = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    if (!seen.down().matched()) {
      problems.add("health did not report the outage: with " + seen.dependency() + " stopped, " + seen.healthPath()
          + " still answered " + seen.down().last().describe() + " after " + seconds(seen.within()));
      fixes.add("let the health endpoint check the database (a ping with a short timeout) and answer 503 when it "
          + "fails");
    }
    seen.apiDown().flatMap(DependencyDownPolicy::unclean).ifPresent(problem -> {
      problems.add("the API did not fail fast and clean while " + seen.dependency() + " was stopped: " + problem);
      fixes.add("give database calls a timeout shorter than the client's (" + seconds(seen.timeout()) + ") and "
          + "answer 503 with a generic body, never the exception");
    });
    boolean apiBack = seen.apiUp().map(a -> a.exchange().filter(e -> e.status() < 500).isPresent()).orElse(true);
    if (!seen.up().matched() || !apiBack) {
      problems.add("the application did not recover within " + seconds(seen.within()) + " after " + seen.dependency()
          + " started again: " + seen.healthPath() + " answered " + seen.up().last().describe()
          + seen.apiUp().map(a -> ", the API " + a.describe()).orElse(""));
      fixes.add("reconnect on failure (a connection pool that validates and re-opens connections, a driver with "
          + "retry), instead of keeping a connection that died");
    }
    return problems.isEmpty() ? List.of() : List.of(Finding.fail(String.join("; ", problems),
        capitalized(String.join("; ", fixes))));
  }

  /**
   * @param seen what was seen, with nothing blocking
   * @return the PASS message
   */
  public static String passMessage(Observation seen) {
    return "with " + seen.dependency() + " stopped, " + seen.healthPath() + " answered "
        + seen.down().last().describe() + seen.apiDown().map(a -> " and the API "
        + a.exchange().map(HttpExchange::status).map(String::valueOf).orElse("?")).orElse("") + "; after it "
        + "started again, " + seen.healthPath() + " answered " + seen.up().last().exchange().map(HttpExchange::status)
        .map(String::valueOf).orElse("?") + seen.apiUp().map(a -> " and the API " + a.exchange()
        .map(HttpExchange::status).map(String::valueOf).orElse("?")).orElse("") + " without a restart";
  }

  private static Optional<String> unclean(ApiAnswer answer) {
    if (answer.exchange().isEmpty()) {
      return Optional.of(answer.describe() + ": the request hung or was cut off");
    }
    HttpExchange exchange = answer.exchange().get();
    if (exchange.status() < 500) {
      return Optional.of(exchange.summary() + ": expected 5xx (503), a success or client error hides the outage");
    }
    return StackTraceSignatures.find(exchange.body()).map(match -> exchange.summary() + " whose body shows "
        + match.signature().name() + " (" + match.excerpt() + ")");
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
