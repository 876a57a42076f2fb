package dev.readiness.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.container.ContainerState;
import dev.readiness.http.TestExchanges;
import dev.readiness.resilience.ApiAnswer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shutdown.graceful rule over what was seen: the request in flight, who stopped the container, its exit code. */
class ShutdownPolicyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      200 | true  | 143 | 
      503 | true  | 0   | 
      -1  | true  | 143 | cut it off
      502 | true  | 143 | cut it off
      200 | false | 137 | had to be killed with SIGKILL
      200 | true  | 1   | exited with code 1 after SIGTERM; expected 0 or 143
      """)
  void judgesTheRequestInFlightAndTheExit(int status, boolean bySelf, long exitCode, String finding) {
    ApiAnswer answer = status < 0 ? new ApiAnswer(Optional.empty(), Optional.of("connection reset"))
        : new ApiAnswer(Optional.of(TestExchanges.get("http://127.0.0.1:8080/slow", status)), Optional.empty());
    ShutdownObservation seen = new ShutdownObservation("GET /slow", answer, bySelf,
        new ContainerState("app", "0123456789abcdef", false, exitCode, false), Duration.ofSeconds(10));

    List<Finding> findings = ShutdownPolicy.evaluate(seen);

    if (finding == null) {
      assertThat(findings).isEmpty();
      assertThat(ShutdownPolicy.passMessage(seen)).startsWith("with GET /slow in flight, SIGTERM to container 'app' "
          + "(0123456789ab) let it ").endsWith("exited by itself with code " + exitCode + " within 10 s");
    } else {
      assertThat(findings).singleElement().extracting(Finding::message).asString().contains(finding);
    }
  }
}
