package dev.readiness.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first five checks against the embedded demo stack, hardened and misconfigured. */
class FirstChecksIT {

  private static StackProfile profileOf(DemoStack stack) throws IOException {
    return StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-it")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https.redirect", "hsts.present", "hsts.max-age", "headers.content-type-options",
      "health.endpoint"})
  void passesAgainstTheHardenedStack(String id) throws IOException {
    try (DemoStack stack = DemoStack.hardened()) {
      CheckResult result = Readiness.check(id, profileOf(stack));

      Readiness.assertThat(result).isPass();
      assertThat(result.evidence()).isNotEmpty();
    }
  }

  @Test
  void failsEachCheckAgainstTheMisconfiguredStackWithItsReason() throws IOException {
    try (DemoStack stack = DemoStack.misconfigured()) {
      StackProfile profile = profileOf(stack);
      String https = stack.httpsUrl().toString();
      String http = stack.httpUrl().toString();
      Map<String, String> expected = Map.of(
          "https.redirect", "GET " + http + " -> 200: the plain-HTTP listener answers 200 instead of redirecting to "
              + "HTTPS, so traffic can stay unencrypted",
          "hsts.present", "GET " + https + " -> 200 sent no valid Strict-Transport-Security header: no "
              + "Strict-Transport-Security header was sent; it was sent only over plain HTTP (GET " + http
              + " -> 200), where browsers ignore it",
          "hsts.max-age", "GET " + https + " -> 200: max-age cannot be read because there is no valid "
              + "Strict-Transport-Security header (no Strict-Transport-Security header was sent)",
          "headers.content-type-options", "GET " + https + " -> 200 sent no X-Content-Type-Options header, so "
              + "browsers may MIME-sniff responses into executable content (and 1 more)",
          "health.endpoint", "GET " + https + "health -> 503: the health endpoint does not answer 2xx, so "
              + "orchestrators will treat the stack as down");

      try (TargetSession session = TargetSession.open(profile)) {
        Map<String, CheckResult> results = CheckRunner.runAll(CheckCatalog.all(), session).stream()
            .collect(Collectors.toMap(CheckResult::id, r -> r));

        expected.forEach((id, message) -> {
          assertThat(results.get(id).status()).as(id).isEqualTo(Status.FAIL);
          assertThat(results.get(id).message()).as(id).isEqualTo(message);
          assertThat(results.get(id).fix()).as(id).isNotBlank();
        });
      }
    }
  }

  @Test
  void failsOnlyMaxAgeForAShortButValidHeader() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE))) {
      StackProfile profile = profileOf(stack);

      try (TargetSession session = TargetSession.open(profile)) {
        Map<String, Status> statuses = CheckRunner.runAll(CheckCatalog.all(), session).stream()
            .collect(Collectors.toMap(CheckResult::id, CheckResult::status));

        assertThat(statuses).containsEntry("hsts.max-age", Status.FAIL).containsEntry("hsts.present", Status.PASS)
            .containsEntry("https.redirect", Status.PASS).containsEntry("headers.content-type-options", Status.PASS)
            .containsEntry("health.endpoint", Status.PASS);
      }
    }
  }

  @Test
  void failsHealthWhenItAnswersTooSlowly() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HEALTH_SLOW))) {
      CheckResult result = Readiness.check("health.endpoint", profileOf(stack));

      Readiness.assertThat(result).isFail().hasMessageContaining("a health probe must answer within 1000 ms");
    }
  }
}
