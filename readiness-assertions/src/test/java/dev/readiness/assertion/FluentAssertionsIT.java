package dev.readiness.assertion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Readiness;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FluentAssertionsIT {

  private static StackProfile profileOf(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-it")));
  }

  @Test
  void acceptsAHardenedStack() throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      Target target = Target.builder().url(stack.httpsUrl().toString()).httpUrl(stack.httpUrl().toString())
          .trust(stack.caCertificate()).build();

      Readiness.assertThat(target).hsts().isPresent().hasMaxAgeAtLeast(Duration.ofDays(365)).includesSubDomains();
      Readiness.assertThat(target).redirectsHttpToHttps().hasHsts().sendsNosniff();
      Readiness.assertThat(profileOf(stack)).hasHealthyEndpoint().passes("hsts.max-age");
    }
  }

  @Test
  void explainsAShortMaxAge() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE))) {
      StackProfile profile = profileOf(stack);

      assertThatThrownBy(() -> Readiness.assertThat(profile).hsts().hasMaxAgeAtLeast(Duration.ofDays(365)))
          .isInstanceOf(AssertionError.class)
          .hasMessage("%nExpecting GET %s -> 200 to send HSTS max-age of at least 31536000 seconds but it was:%n"
              + "  86400 seconds", stack.httpsUrl());
    }
  }

  @Test
  void listsEveryCheckThatDidNotPass() throws IOException {
    try (DemoStack stack = DemoStack.misconfigured()) {
      StackProfile profile = profileOf(stack);

      assertThatThrownBy(() -> Readiness.assertThat(profile).passes("hsts.present", "health.endpoint"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting " + stack.httpsUrl() + " to pass every check but 2 did not:")
          .hasMessageContaining("  hsts.present: FAIL: GET " + stack.httpsUrl() + " -> 200 sent no valid")
          .hasMessageContaining("    Fix: Send 'Strict-Transport-Security: max-age=31536000; includeSubDomains'")
          .hasMessageContaining("  health.endpoint: FAIL: GET " + stack.httpsUrl() + "health -> 503");
    }
  }

  @Test
  void rejectsAnUnknownCheckId() {
    assertThatThrownBy(() -> Readiness.assertThat(Target.of("https://localhost:1")).passes("hsts.presnet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown check id 'hsts.presnet'; did you mean hsts.present")
        .hasMessageNotContaining("https.redirect");
  }
}
