package dev.readiness.health;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** The {@code health.endpoint} rule: the health path answers 2xx within the bound (1 s by default). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HealthPolicy {

  /** The catalogue's bound on a health answer. */
  public static final Duration DEFAULT_BOUND = Duration.ofSeconds(1);

  private HealthPolicy() {}

  /**
   * @param response the response to a GET of the health path
   * @param bound the longest acceptable answer time
   * @return blocking findings for a non-2xx status and for a slow answer
   */
  public static List<Finding> evaluate(HttpExchange response, Duration bound) {
    List<Finding> findings = new ArrayList<>();
    if (!response.isSuccessful()) {
      findings.add(Finding.fail(response.summary() + ": the health endpoint does not answer 2xx, so orchestrators "
          + "will treat the stack as down", "Make the health path answer 200 when the service can serve requests"));
    }
    if (response.elapsed().compareTo(bound) > 0) {
      findings.add(Finding.fail(response.summary() + " answered after " + response.elapsed().toMillis()
          + " ms; a health probe must answer within " + bound.toMillis() + " ms",
          "Keep the health handler cheap: no blocking calls, cached dependency status"));
    }
    return findings;
  }
}
