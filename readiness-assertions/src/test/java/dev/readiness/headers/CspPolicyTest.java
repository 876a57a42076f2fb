package dev.readiness.headers;

import static dev.readiness.http.TestExchanges.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CspPolicyTest {

  private static final String URL = "https://a.example/";

  @ParameterizedTest
  @ValueSource(strings = {
      "default-src 'none'",
      "default-src 'none'; frame-ancestors 'none'",
      "DEFAULT-SRC 'NONE'",
      "script-src 'self'",
      "default-src 'self'; style-src 'unsafe-inline'",
      "script-src 'self' 'unsafe-inline' 'nonce-r4nd0m'",
      "script-src 'unsafe-inline' 'sha256-abc='",
      "script-src 'strict-dynamic' 'nonce-abc' https: 'unsafe-inline'",
      "script-src 'self'; script-src *",
      "default-src *; script-src 'self'",
      "script-src *, default-src 'none'",
      "; ; script-src 'self' ;"})
  void passesPoliciesThatRestrictScripts(String csp) {
    assertThat(CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy", csp))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "style-src 'self'                              | neither script-src nor default-src is set",
      "script-src 'self' 'unsafe-inline'              | script-src allows 'unsafe-inline' without a nonce or hash",
      "default-src 'self' 'UNSAFE-INLINE'             | default-src allows 'unsafe-inline' without a nonce or hash",
      "script-src 'self' 'unsafe-eval'               | script-src allows 'unsafe-eval'",
      "script-src 'nonce-abc' 'unsafe-eval'          | script-src allows 'unsafe-eval'",
      "script-src *                                  | script-src allows the broad source *",
      "script-src 'self' https:                      | script-src allows the broad source https:",
      "script-src 'self' HTTP:                       | script-src allows the broad source http:",
      "default-src data: 'self'                      | default-src allows the broad source data:",
      "script-src https://*                          | script-src allows the broad source https://*",
      "script-src 'strict-dynamic' 'self'            | script-src has 'strict-dynamic' without a nonce or hash, which is invalid",
      "script-src 'nonce-' 'unsafe-inline'           | script-src allows 'unsafe-inline' without a nonce or hash",
      "not a directive!; script-src *                | script-src allows the broad source *"})
  void failsPoliciesThatLetInjectedScriptsRun(String csp, String reason) {
    List<Finding> findings = CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy", csp));

    assertThat(findings).singleElement().extracting(Finding::message).asString().isEqualTo("GET " + URL
        + " -> 200 sent Content-Security-Policy: '" + csp + "', which does not restrict scripts: " + reason);
  }

  @Test
  void failsWhenEveryOneOfSeveralPoliciesIsUnsafe() {
    List<Finding> findings = CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy", "script-src *",
        "Content-Security-Policy", "default-src 'unsafe-inline'"));

    assertThat(findings).singleElement().extracting(Finding::message).asString().endsWith(
        "which does not restrict scripts: script-src allows the broad source *; "
            + "default-src allows 'unsafe-inline' without a nonce or hash");
  }

  @Test
  void passesWhenAnyOfSeveralHeadersRestrictsScripts() {
    assertThat(CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy", "script-src *",
        "Content-Security-Policy", "script-src 'self'"))).isEmpty();
  }

  @Test
  void failsAMissingHeader() {
    assertThat(CspPolicy.evaluate(get(URL, 200))).singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET " + URL + " -> 200 sent no Content-Security-Policy header, so injected scripts run "
            + "unrestricted");
  }

  @Test
  void doesNotCountReportOnlyPolicies() {
    assertThat(CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy-Report-Only", "default-src 'none'")))
        .singleElement().extracting(Finding::message).asString()
        .isEqualTo("GET " + URL + " -> 200 sent no Content-Security-Policy header (only "
            + "Content-Security-Policy-Report-Only, which enforces nothing), so injected scripts run unrestricted");
  }

  @Test
  void failsAnEmptyPolicy() {
    assertThat(CspPolicy.evaluate(get(URL, 200, "Content-Security-Policy", " "))).singleElement()
        .extracting(Finding::message).asString().endsWith("neither script-src nor default-src is set");
  }

  @Test
  void parserKeepsTheFirstOfRepeatedDirectivesAndTheCaseOfNonces() {
    ContentSecurityPolicy policy = ContentSecurityPolicy.parse("Script-Src 'SELF' 'nonce-AbC'; script-src *");

    assertThat(policy.directive("script-src")).contains(List.of("'self'", "'nonce-AbC'"));
    assertThat(policy.toString()).isEqualTo("script-src 'self' 'nonce-AbC'");
  }

  @Test
  void parserSplitsCommaSeparatedPolicies() {
    assertThat(ContentSecurityPolicy.parseAll(List.of("default-src 'none', script-src 'self'", "img-src *")))
        .extracting(ContentSecurityPolicy::toString)
        .containsExactly("default-src 'none'", "script-src 'self'", "img-src *");
  }
}
