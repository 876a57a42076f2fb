package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MisconfigurationIT {

  private static final String HARDENED_HSTS = "max-age=63072000; includeSubDomains";

  @Test
  void hstsMissingDropsHstsOverHttpsAndSendsAOneDayHeaderOverPlainHttp() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_MISSING))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));
      HttpResponse<String> notFound = client.get(stack.httpsUrl().resolve("/missing"));
      HttpResponse<String> plain = client.get(stack.httpUrl().resolve("/health"));

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(notFound.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(plain.statusCode()).isEqualTo(301);
      assertThat(plain.headers().allValues("Strict-Transport-Security")).containsExactly("max-age=86400");
      assertThat(health.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
  }

  @Test
  void hstsShortMaxAgeSendsAValidOneDayHeaderOverHttps() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HSTS_SHORT_MAX_AGE))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));
      HttpResponse<String> plain = client.get(stack.httpUrl().resolve("/health"));

      assertThat(health.headers().allValues("Strict-Transport-Security")).containsExactly("max-age=86400");
      assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  @Test
  void hstsMissingTakesPrecedenceOverShortMaxAge() {
    try (DemoStack stack = DemoStack.start(EnumSet.of(Misconfiguration.HSTS_MISSING,
        Misconfiguration.HSTS_SHORT_MAX_AGE))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));

      assertThat(health.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  @Test
  void noHttpsRedirectServesTheApplicationOverPlainHttp() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.NO_HTTPS_REDIRECT))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> health = client.get(stack.httpUrl().resolve("/health"));
      HttpResponse<String> login = client.postJson(stack.httpUrl().resolve("/api/auth/login"),
          "{\"username\":\"alice\",\"password\":\"" + DemoStack.password() + "\"}");
      HttpResponse<String> secure = client.get(stack.httpsUrl().resolve("/health"));

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
      assertThat(health.headers().firstValue("Location")).isEmpty();
      assertThat(health.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(secure.headers().allValues("Strict-Transport-Security")).containsExactly(HARDENED_HSTS);
    }
  }

  @Test
  void nosniffMissingDropsContentTypeOptionsFromEveryResponse() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.NOSNIFF_MISSING))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> home = client.get(stack.httpsUrl());
      HttpResponse<String> notFound = client.get(stack.httpsUrl().resolve("/missing"));

      assertThat(home.headers().firstValue("X-Content-Type-Options")).isEmpty();
      assertThat(notFound.headers().firstValue("X-Content-Type-Options")).isEmpty();
      assertThat(home.headers().allValues("Strict-Transport-Security")).containsExactly(HARDENED_HSTS);
      assertThat(home.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }
  }

  @Test
  void healthFailingAnswers503WithTheDatabaseUnreachable() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HEALTH_FAILING))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));

      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).isEqualTo("{\"status\":\"down\",\"db\":\"unreachable\"}");
      assertThat(health.headers().allValues("Strict-Transport-Security")).containsExactly(HARDENED_HSTS);
    }
  }

  @Test
  void healthSlowAnswersOkOnlyAfterOneAndAHalfSeconds() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.HEALTH_SLOW))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
      client.get(stack.httpsUrl());

      long started = System.nanoTime();
      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }
  }

  @Test
  void healthSlowAndFailingAnswers503AfterTheDelay() {
    try (DemoStack stack = DemoStack.start(EnumSet.of(Misconfiguration.HEALTH_SLOW,
        Misconfiguration.HEALTH_FAILING))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
      client.get(stack.httpsUrl());

      long started = System.nanoTime();
      HttpResponse<String> health = client.get(stack.httpsUrl().resolve("/health"));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }
  }

  @Test
  void misconfiguredStackCombinesItsFourFaults() {
    try (DemoStack stack = DemoStack.misconfigured()) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> secure = client.get(stack.httpsUrl().resolve("/health"));
      HttpResponse<String> plain = client.get(stack.httpUrl().resolve("/health"));

      assertThat(stack.misconfigurations()).containsExactly(Misconfiguration.HSTS_MISSING,
          Misconfiguration.NO_HTTPS_REDIRECT, Misconfiguration.NOSNIFF_MISSING, Misconfiguration.HEALTH_FAILING);
      assertThat(secure.statusCode()).isEqualTo(503);
      assertThat(secure.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(secure.headers().firstValue("X-Content-Type-Options")).isEmpty();
      assertThat(plain.statusCode()).isEqualTo(503);
      assertThat(plain.headers().allValues("Strict-Transport-Security")).containsExactly("max-age=86400");
    }
  }
}
