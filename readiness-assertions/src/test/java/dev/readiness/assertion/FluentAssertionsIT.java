package dev.readiness.assertion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Readiness;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.hsts.HstsPolicy;
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
          .hasMessage("hsts.max-age FAILED: GET " + stack.httpsUrl() + " -> 200: max-age=86400 (1 day) is below "
              + "the required 31536000 (365 days)" + System.lineSeparator()
              + "Fix: Set max-age=31536000 or more in Strict-Transport-Security");
    }
  }

  @Test
  void aMissingHeaderFailsWithTheCheckIdAndTheFix() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_MISSING))) {
      Target target = Target.builder().url(stack.httpsUrl().toString()).trust(stack.caCertificate()).build();

      assertThatThrownBy(() -> Readiness.assertThat(target).hsts().hasMaxAgeAtLeast(Duration.ofDays(365)))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("hsts.present FAILED: GET " + stack.httpsUrl() + " -> 200 sent no valid "
              + "Strict-Transport-Security header: no Strict-Transport-Security header was sent")
          .hasMessageEndingWith(System.lineSeparator() + "Fix: " + HstsPolicy.FIX);
    }
  }

  @Test
  void aPrivateCaWithoutItsTrustAnchorFailsInOneLineNamingTheWayOut() {
    try (DemoStack stack = DemoStack.hardened()) {
      String origin = stack.httpsUrl().getHost() + ":" + stack.httpsUrl().getPort();

      assertThatThrownBy(() -> Readiness.assertThat(Target.of(stack.httpsUrl().toString())).hsts())
          .isInstanceOf(AssertionError.class)
          .hasNoCause()
          .hasMessage("hsts.present could not decide (ERROR): GET " + stack.httpsUrl() + " failed: TLS handshake "
              + "failed: the certificate chain of " + origin + " is not trusted (it builds to no trust anchor of "
              + "the JDK or the target); pass the stack's CA as a trust anchor: target.trust: ca.pem in the "
              + "profile, or Target.builder().url(\"https://" + origin + "\").trust(caCertificate) in code");
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
