package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacSecretsTest {

  private static final String CLAIMS = "{\"sub\":\"alice\"}";

  @Test
  void findsWellKnownSecretsAndNamesTheirLineAndLengthOnly() {
    JwtToken jwtIo = JwtToken.parse(Tokens.hs256(CLAIMS, "your-256-bit-secret")).orElseThrow();

    assertThat(HmacSecrets.find(jwtIo)).contains(new HmacSecrets.Match(9, 19));
    assertThat(HmacSecrets.find(JwtToken.parse(Tokens.hs256(CLAIMS, "keyboard cat")).orElseThrow())).isPresent();
  }

  @Test
  void findsNothingForARandomKey() {
    JwtToken strong = JwtToken.parse(Tokens.hs256(CLAIMS, "q8N3vZ1xkP0wR7mT4yB6cH2jL9sD5fG8")).orElseThrow();

    assertThat(HmacSecrets.find(strong)).isEmpty();
  }

  @Test
  void wordlistCarriesItsSourcesAndTheCommonSecrets() {
    assertThat(HmacSecrets.builtIn()).contains("secret", "changeme", "your-256-bit-secret").doesNotHaveDuplicates();
    assertThat(HmacSecrets.applies(Tokens.parsed("{\"alg\":\"RS256\"}", CLAIMS))).isFalse();
  }
}
