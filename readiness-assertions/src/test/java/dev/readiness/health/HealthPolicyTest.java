package dev.readiness.health;

import static dev.readiness.http.TestExchanges.answered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {

  private static final String HEALTH = "https://shop.example/health";

  @Test
  void acceptsAQuickOk() {
    assertThat(HealthPolicy.evaluate(answered(HEALTH, 200, Duration.ofMillis(30)), Duration.ofSeconds(1))).isEmpty();
  }

  @Test
  void failsA503() {
    assertThat(HealthPolicy.evaluate(answered(HEALTH, 503, Duration.ofMillis(30)), Duration.ofSeconds(1)))
        .singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET https://shop.example/health -> 503: the health endpoint does not answer 2xx, so "
            + "orchestrators will treat the stack as down");
  }

  @Test
  void failsASlowAnswer() {
    assertThat(HealthPolicy.evaluate(answered(HEALTH, 200, Duration.ofMillis(1500)), Duration.ofSeconds(1)))
        .singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET https://shop.example/health -> 200 answered after 1500 ms; a health probe must answer "
            + "within 1000 ms");
  }
}
