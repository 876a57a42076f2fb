package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What one GET of the health endpoint said: healthy (2xx and no unhealthy {@code status} in the body), unhealthy
 * (5xx, or a body whose {@code status} is {@code DOWN}, {@code OUT_OF_SERVICE}, {@code unhealthy}, {@code fail} or
 * {@code error}, as Spring Boot, the IETF health-check draft and most frameworks write it), or no answer at all.
 *
 * @param exchange the exchange, empty when no answer came (connection refused or reset, timeout)
 * @param failure why no answer came, empty when one did
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HealthReading(Optional<HttpExchange> exchange, Optional<String> failure) {

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]{1,40})\"");
  private static final Set<String> UNHEALTHY = Set.of("down", "out_of_service", "outofservice", "unhealthy", "fail",
      "failed", "error", "critical");

  /** @return true when the endpoint answered 2xx and its body reports no unhealthy status */
  public boolean healthy() {
    return exchange.filter(HttpExchange::isSuccessful).filter(e -> !bodySaysUnhealthy(e)).isPresent();
  }

  /** @return true when the endpoint answered and the answer reports the service unhealthy */
  public boolean unhealthy() {
    return exchange.filter(e -> e.status() >= 500 || bodySaysUnhealthy(e)).isPresent();
  }

  /** @return for messages: {@code 503 {"status":"DOWN"}} or {@code no answer (connection refused)} */
  public String describe() {
    return exchange.map(e -> e.status() + (e.body().isBlank() ? "" : " " + excerpt(e.body())))
        .orElse("no answer (" + failure.orElse("?") + ")");
  }

  static boolean bodySaysUnhealthy(HttpExchange exchange) {
    Matcher status = STATUS.matcher(exchange.body());
    return status.find() && UNHEALTHY.contains(status.group(1).strip().toLowerCase(Locale.ROOT));
  }

  private static String excerpt(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
