package dev.readiness.jwt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Jazzer fuzz test of token parsing and what is built on it: the lifetime and algorithm verdicts, the forgeries
 * and the secret search. The input is the token text. Without {@code JAZZER_FUZZ=1} it runs in regression mode over
 * the seed inputs in {@code JwtTokenFuzzTestInputs}; with it, Jazzer mutates freely. Parsing has no documented
 * error (anything else is an opaque token): nothing may escape.
 */
class JwtTokenFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parsesAnyTextAndJudgesOrForgesWhatParses(byte[] input) {
    String text = new String(input, UTF_8);

    Optional<JwtToken> parsed = JwtToken.parse(text);

    parsed.ifPresent(jwt -> {
      assertThat(jwt.signingInput()).isEqualTo(jwt.headerPart() + "." + jwt.payloadPart());
      assertThat(JwtLifetimePolicy.evaluate(jwt, Optional.of(Instant.EPOCH), Duration.ofMinutes(15)))
          .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
      assertThat(JwtAlgorithmPolicy.evaluate(jwt)).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
      assertThat(TokenForgeries.of(jwt)).isNotEmpty()
          .allSatisfy(forgery -> assertThat(JwtToken.parse(forgery.token())).isNotNull());
      assertThat(HmacSecrets.find(jwt)).isNotNull();
    });
  }
}
