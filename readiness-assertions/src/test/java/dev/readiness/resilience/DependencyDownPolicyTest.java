package dev.readiness.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.TestExchanges;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resilience.dependency-down rule: detection, a clean fast failure and recovery, each named when it fails. */
class DependencyDownPolicyTest {

  private static HealthPoll.Result poll(boolean matched, int status) {
    return new HealthPoll.Result(matched, new HealthReading(Optional.of(TestExchanges.get(
        "http://127.0.0.1:8080/health", status)), Optional.empty()), 3);
  }

  private static Optional<ApiAnswer> api(int status) {
    return Optional.of(status < 0 ? new ApiAnswer(Optional.empty(), Optional.of("timeout"))
        : new ApiAnswer(Optional.of(TestExchanges.get("http://127.0.0.1:8080/api", status)), Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      true  | 503 | true  | 201 | 
      false | 503 | true  | 201 | health did not report the outage
      true  | 200 | true  | 201 | the API did not fail fast and clean
      true  | -1  | true  | 201 | the request hung or was cut off
      true  | 503 | false | 201 | the application did not recover within 30 s
      true  | 503 | true  | 500 | the application did not recover within 30 s
      false | 201 | false | 500 | health did not report the outage
      """)
  void namesEachPropertyThatDidNotHold(boolean detected, int apiDown, boolean recovered, int apiUp, String problem) {
    DependencyDownPolicy.Observation seen = new DependencyDownPolicy.Observation("container 'db' (0123456789ab)",
        "/health", Duration.ofSeconds(30), poll(detected, detected ? 503 : 200), api(apiDown),
        poll(recovered, recovered ? 200 : 503), api(apiUp), Duration.ofSeconds(5));

    List<Finding> findings = DependencyDownPolicy.evaluate(seen);

    if (problem == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().extracting(Finding::message).asString().startsWith(problem.startsWith("the "
          + "request") ? "the API" : problem).contains(problem);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      200 | {"status":"UP"}             | true  | false
      200 | {"status":"DOWN"}           | false | true
      200 | {"status": "OUT_OF_SERVICE"} | false | true
      503 | {"status":"DOWN"}           | false | true
      500 | oops                        | false | true
      """)
  void readsHealthFromTheStatusAndTheBody(int status, String body, boolean healthy, boolean unhealthy) {
    HttpExchange exchange = TestExchanges.get("http://127.0.0.1:8080/health", status);
    HealthReading reading = new HealthReading(Optional.of(new HttpExchange(exchange.request(), status,
        exchange.protocol(), exchange.headers(), body, false, exchange.sentAt(), exchange.elapsed())),
        Optional.empty());

    assertThat(reading.healthy()).isEqualTo(healthy);
    assertThat(reading.unhealthy()).isEqualTo(unhealthy);
  }
}
