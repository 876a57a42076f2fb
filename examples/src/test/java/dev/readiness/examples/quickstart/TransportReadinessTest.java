package dev.readiness.examples.quickstart;

import dev.readiness.Readiness;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.profile.StackProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Chosen checks and fluent assertions in an ordinary test method. */
@ReadinessTest
class TransportReadinessTest {

  @Test
  void plainHttpRedirectsAndHstsLastsAYear(StackProfile stack) {
    Readiness.assertThat(stack).passes("https.redirect", "hsts.present");
    Readiness.assertThat(stack).hsts().hasMaxAgeAtLeast(Duration.ofDays(365));
  }
}
