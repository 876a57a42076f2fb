package dev.readiness.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real secrets against instructions and placeholders, by shape: known key formats and Shannon entropy. The provider
 * formats are assembled at run time, so no scanner mistakes this file for a leak.
 */
class SecretShapeTest {

  @ParameterizedTest(name = "{0} is no secret")
  @CsvSource(delimiter = '|', textBlock = """
      generate-with-openssl-rand-hex-32
      your_jwt_secret
      changeme
      CHANGE_ME_IN_PRODUCTION_PLEASE
      my_super_secret_jwt_signing_key
      replace_with_output_of_openssl_rand_base64_32
      django-insecure-change-me-please-now
      ${JWT_SECRET_FROM_THE_VAULT_PLEASE}
      00000000000000000000000000000000
      1234567890abcdef1234567890abcdef
      run: openssl rand -base64 32 and paste it here
      hunter2
      ''
      """)
  void instructionsAndPlaceholdersAreNotSecrets(String value) {
    assertThat(SecretShape.of(value == null ? "" : value)).isEmpty();
  }

  static Stream<Arguments> secrets() {
    return Stream.of(
        Arguments.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "a random-looking hex string (3.8 bits of entropy per character)"),
        Arguments.of("q3Vt8sZx1LmN0pR4yW7bK2cF9hJ6dG5aE8uT1oI3sQ=",
            "a random-looking string (5.2 bits of entropy per character)"),
        Arguments.of("Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB", "a random-looking string (4.7 bits of entropy per character)"),
        Arguments.of("AKIA" + "Z7Q3V5X2M4N6P8R1", "an AWS access key ID"),
        Arguments.of("gh" + "p_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "a GitHub token"),
        Arguments.of("xo" + "xb-1234567890-abcdefghij", "a Slack token"),
        Arguments.of("https://hooks.slack.com/services/" + "T0000AAAA/B0000BBBB/abcdefghijklmnop",
            "a Slack webhook URL"),
        Arguments.of("eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl", "a JSON Web Token"),
        Arguments.of("\"-----BEGIN " + "RSA PRIVATE KEY-----", "a private key block"),
        Arguments.of("-----BEGIN " + "OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA", "a private key block"),
        Arguments.of("sk" + "_live_" + "a1B2c3D4e5F6g7H8i9J0k1L2", "a Stripe live key"),
        Arguments.of("AI" + "za" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "a Google API key"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("secrets")
  void realSecretsAreToldByFormatOrEntropy(String value, String kind) {
    assertThat(SecretShape.of(value)).contains(kind);
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      SECRET_KEY   | generate-with-openssl-rand-hex-32                                 | -
      SECRET_KEY   | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  | a random-looking hex string (3.8 bits of entropy per character)
      BUILD_ID     | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  | -
      API_BASE_URL | https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnop | a Slack webhook URL
      AWS_KEY_ID   | AKIAIOSFODNN7EXAMPLE                                              | -
      """)
  void entropyCountsForSecretNamesAndKeyFormatsForEveryName(String name, String value, String kind) {
    assertThat(SecretValues.realSecret(name, value).orElse("-")).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"'', 0.0", "aaaa, 0.0", "abab, 1.0", "abcd, 2.0", "0123456789abcdef, 4.0"})
  void entropyIsShannonsInBitsPerCharacter(String text, double bits) {
    assertThat(SecretShape.entropy(text == null ? "" : text)).isCloseTo(bits, org.assertj.core.data.Offset.offset(1e-9));
  }
}
