package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Access tokens of the ES256 modes: hardened (Nimbus verifies) and with the psychic-signature flaw. */
class Es256TokensTest {

  private static final String FORGED_CLAIMS = Base64URL.encode("{\"sub\":\"mallory\"}").toString();

  private static String zeroSigned(String token) {
    return token.substring(0, token.indexOf('.')) + "." + FORGED_CLAIMS + "." + Base64URL.encode(new byte[64]);
  }

  @Test
  void hardenedEs256StackSignsWithEs256AndRejectsTheAllZeroSignature() throws Exception {
    AccessTokens tokens = new AccessTokens(StackSettings.of(Set.of(), TokenSigning.ES256), Clock.systemUTC());
    String token = tokens.issue("alice");

    assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(tokens.userOf(token)).contains("alice");
    assertThat(tokens.userOf(zeroSigned(token))).isEmpty();
  }

  @Test
  void psychicSignatureStackAcceptsItsOwnTokensAndTheAllZeroSignatureWithAnyClaims() throws Exception {
    StackSettings settings = StackSettings.of(EnumSet.of(Misconfiguration.JWT_ES256_PSYCHIC_SIGNATURE));
    AccessTokens tokens = new AccessTokens(settings, Clock.systemUTC());
    String token = tokens.issue("alice");
    String tampered = token.substring(0, token.indexOf('.')) + "." + FORGED_CLAIMS
        + token.substring(token.lastIndexOf('.'));

    assertThat(settings.signing()).isEqualTo(TokenSigning.ES256);
    assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(tokens.userOf(token)).contains("alice");
    assertThat(tokens.userOf(zeroSigned(token))).contains("mallory");
    assertThat(tokens.userOf(tampered)).isEmpty();
  }

  @Test
  void hmacStackRejectsAnEs256HeaderWhateverTheSignature() {
    AccessTokens tokens = new AccessTokens(StackSettings.of(Set.of()), Clock.systemUTC());
    String es256Header = Base64URL.encode("{\"alg\":\"ES256\"}").toString();

    assertThat(tokens.userOf(es256Header + "." + FORGED_CLAIMS + "." + Base64URL.encode(new byte[64]))).isEmpty();
  }
}
