package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HmacSecretsTest {

  private static final String CLAIMS = "{\"sub\":\"alice\"}";

  @Test
  void findsWellKnownSecretsAndNamesTheirLineAndLengthOnly() {
    JwtToken jwtIo = JwtToken.parse(Tokens.hs256(CLAIMS, "your-256-bit-secret")).orElseThrow();

    assertThat(HmacSecrets.find(jwtIo)).contains(new HmacSecrets.Match(false, 9, 19));
    assertThat(HmacSecrets.find(JwtToken.parse(Tokens.hs256(CLAIMS, "keyboard cat")).orElseThrow())).isPresent();
  }

  @Test
  void triesTheProfileCandidatesFirstAndNamesTheirPlaceOnly() {
    JwtToken devKey = JwtToken.parse(Tokens.hs256(CLAIMS, "staging-key-2024")).orElseThrow();
    JwtToken builtIn = JwtToken.parse(Tokens.hs256(CLAIMS, "secret")).orElseThrow();

    assertThat(HmacSecrets.find(devKey)).isEmpty();
    assertThat(HmacSecrets.find(devKey, List.of("other", "staging-key-2024")))
        .contains(new HmacSecrets.Match(true, 2, 16));
    assertThat(HmacSecrets.find(builtIn, List.of("secret"))).contains(new HmacSecrets.Match(true, 1, 6));
    assertThat(HmacSecrets.find(devKey, List.of("", "staging-key-2024")).orElseThrow().source())
        .isEqualTo("the profile (jwt.secretCandidates item 2)");
    assertThat(HmacSecrets.find(builtIn, List.of("other")).orElseThrow().source())
        .isEqualTo("the built-in wordlist (jwt-secrets.txt line 8)");
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
