package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtAlgorithmPolicyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"alg\":\"HS256\"}  | ",
      "{\"alg\":\"ES256\"}  | ",
      "{\"alg\":\"EdDSA\"}  | ",
      "{\"alg\":\"none\"}   | the access token is unsigned (alg: none), so anyone can mint one",
      "{\"alg\":\"NoNe\"}   | the access token is unsigned (alg: NoNe), so anyone can mint one",
      "{\"alg\":\"HS1\"}    | the access token's alg HS1 is not in the allow-list",
      "{\"alg\":256}        | the access token's header has no alg string",
      "{\"typ\":\"JWT\"}    | the access token's header has no alg string"})
  void allowsOnlySignatureAlgorithms(String header, String message) {
    var findings = JwtAlgorithmPolicy.evaluate(Tokens.parsed(header, "{}"));

    if (message == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).startsWith(message));
    }
  }
}
