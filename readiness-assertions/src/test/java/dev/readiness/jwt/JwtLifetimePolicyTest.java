package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtLifetimePolicyTest {

  private static final String HS = "{\"alg\":\"HS256\"}";
  private static final Instant DATE = Instant.ofEpochSecond(1_700_000_000L);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "10 minutes, exp - iat       | {\"iat\":1700000000,\"exp\":1700000600}   | false | PASS |",
      "exactly 15 minutes          | {\"iat\":1700000000,\"exp\":1700000900}   | false | PASS |",
      "15 minutes and 1 second     | {\"iat\":1700000000,\"exp\":1700000901}   | false | FAIL | lives 15 minutes 1 second (exp - iat), longer than the maximum of 15 minutes",
      "7 days                      | {\"iat\":1700000000,\"exp\":1700604800}   | false | FAIL | lives 7 days (exp - iat)",
      "no iat, Date used           | {\"exp\":1700000600}                      | true  | PASS |",
      "no iat, 2 hours after Date  | {\"exp\":1700007200}                      | true  | FAIL | lives 2 hours (exp - the login response's Date (no iat claim))",
      "no iat and no Date          | {\"exp\":1700007200}                      | false | WARNING | cannot be computed",
      "no exp                      | {\"iat\":1700000000}                      | false | FAIL | never expires: it has no exp claim",
      "exp a string                | {\"iat\":1700000000,\"exp\":\"soon\"}     | false | FAIL | its exp claim is not a number",
      "exp in milliseconds         | {\"iat\":1700000000,\"exp\":1700000600000} | false | FAIL | exp 1700000600000 is in milliseconds, not seconds"})
  void judgesTheLifetime(String name, String claims, boolean withDate, String verdict, String message) {
    List<Finding> findings = JwtLifetimePolicy.evaluate(Tokens.parsed(HS, claims),
        withDate ? Optional.of(DATE) : Optional.empty(), Duration.ofMinutes(15));

    if (verdict.equals("PASS")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.valueOf(verdict));
        assertThat(f.message()).contains(message);
        assertThat(f.fix()).isNotBlank();
      });
    }
  }
}
