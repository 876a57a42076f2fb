package dev.readiness.hsts;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.http.HttpExchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HstsPolicyTest {

  private static final String HOME = "https://shop.example/";
  private static final Duration YEAR = Duration.ofDays(365);

  @Test
  void acceptsOneValidHeaderOverHttps() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=63072000; includeSubDomains");

    assertThat(HstsPolicy.presence(https, Optional.empty())).isEmpty();
  }

  @Test
  void failsWhenTheHeaderIsMissing() {
    List<Finding> findings = HstsPolicy.presence(get(HOME, 200), Optional.empty());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FAIL);
      assertThat(f.message()).isEqualTo("GET https://shop.example/ -> 200 sent no valid Strict-Transport-Security "
          + "header: no Strict-Transport-Security header was sent");
      assertThat(f.fix()).startsWith("Send 'Strict-Transport-Security: max-age=31536000; includeSubDomains'");
    });
  }

  @Test
  void doesNotCountAHeaderSentOnlyOverPlainHttp() {
    HttpExchange plain = get("http://shop.example/", 200, "Strict-Transport-Security", "max-age=86400");

    List<Finding> findings = HstsPolicy.presence(get(HOME, 200), Optional.of(plain));

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .endsWith("; it was sent only over plain HTTP (GET http://shop.example/ -> 200), where browsers ignore it");
  }

  @Test
  void rejectsDuplicatedMaxAgeDirective() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=31536000; max-age=31536000");

    assertThat(HstsPolicy.presence(https, Optional.empty())).singleElement().extracting(Finding::message).asString()
        .contains("'max-age=31536000; max-age=31536000': directive 'max-age' appears more than once");
  }

  @Test
  void rejectsTwoHeaders() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=31536000",
        "strict-transport-security", "max-age=31536000");

    assertThat(HstsPolicy.read(https).error()).contains("2 Strict-Transport-Security headers were sent; browsers use "
        + "only the first and hstspreload.org rejects the site");
  }

  @Test
  void ignoresTheHeaderOnAPlainHttpTarget() {
    HttpExchange plain = get("http://shop.example/", 200, "Strict-Transport-Security", "max-age=31536000");

    assertThat(HstsPolicy.presence(plain, Optional.empty())).singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET http://shop.example/ -> 200: the target is plain HTTP, so no HSTS policy can apply");
  }

  @Test
  void warnsAboutAQuotedMaxAge() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=\"31536000\"");

    assertThat(HstsPolicy.presence(https, Optional.empty())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void passesAMaxAgeOfTwoYearsWithSubdomains() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    HttpExchange notFound = get("https://shop.example/missing", 404, "Strict-Transport-Security", "max-age=63072000");

    assertThat(HstsPolicy.maxAge(https, List.of(notFound), YEAR, true)).isEmpty();
  }

  @Test
  void failsAMaxAgeOfOneDay() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=86400; includeSubDomains");

    assertThat(HstsPolicy.maxAge(https, List.of(), YEAR, false)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FAIL);
      assertThat(f.message()).isEqualTo("GET https://shop.example/ -> 200: max-age=86400 (1 day) is below the "
          + "required 31536000 (365 days)");
      assertThat(f.fix()).isEqualTo("Set max-age=31536000 or more in Strict-Transport-Security");
    });
  }

  @Test
  void failsMaxAgeZeroAsADeletion() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=0; includeSubDomains");

    assertThat(HstsPolicy.maxAge(https, List.of(), YEAR, false)).singleElement().extracting(Finding::message)
        .asString().endsWith("max-age=0 deletes the HSTS policy");
  }

  @Test
  void requiresIncludeSubDomainsOnlyUnderModern() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=63072000");

    assertThat(HstsPolicy.maxAge(https, List.of(), YEAR, false)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(HstsPolicy.maxAge(https, List.of(), YEAR, true)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("(required by the modern profile)"));
  }

  @Test
  void warnsWhenAnErrorResponseLacksTheHeader() {
    HttpExchange https = get(HOME, 200, "Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    HttpExchange notFound = get("https://shop.example/missing", 404);

    assertThat(HstsPolicy.maxAge(https, List.of(notFound), YEAR, false)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).startsWith("GET https://shop.example/missing -> 404 carries no Strict-Transport-Security");
    });
  }

  @Test
  void failsMaxAgeWhenNoValidHeaderCanBeRead() {
    assertThat(HstsPolicy.maxAge(get(HOME, 200), List.of(), YEAR, false)).singleElement()
        .extracting(Finding::message).asString()
        .isEqualTo("GET https://shop.example/ -> 200: max-age cannot be read because there is no valid "
            + "Strict-Transport-Security header (no Strict-Transport-Security header was sent)");
  }
}
