package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  private final Redactor redactor = Redactor.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Authorization       | Bearer abc.def.ghi          | Bearer <redacted>
      authorization       | Basic YWxpY2U6c2VjcmV0      | Basic <redacted>
      Cookie              | session=abc; theme=dark     | <redacted>
      X-Api-Key           | k-123456                    | <redacted>
      Set-Cookie          | session=abc123; Secure; HttpOnly | session=<redacted>; Secure; HttpOnly
      Content-Type        | application/json            | application/json
      """)
  void masksCredentialHeaders(String name, String value, String shown) {
    assertThat(redactor.header(name, value)).isEqualTo(shown);
  }

  @Test
  void masksJwtsAnywhereInText() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

    assertThat(redactor.text("token " + jwt + " end")).isEqualTo("token <redacted> end");
  }

  @Test
  void masksSecretFieldsOfJsonBodies() {
    String body = "{\"access_token\":\"opaque-1\",\"refresh_token\":\"opaque-2\",\"password\":\"p\",\"user\":\"alice\"}";

    assertThat(redactor.text(body)).isEqualTo(
        "{\"access_token\":\"<redacted>\",\"refresh_token\":\"<redacted>\",\"password\":\"<redacted>\",\"user\":\"alice\"}");
  }

  @Test
  void masksRegisteredSecretsEverywhere() {
    redactor.register("correct-horse");

    assertThat(redactor.text("login failed for correct-horse")).isEqualTo("login failed for <redacted>");
    assertThat(redactor.header("X-Debug", "pw=correct-horse")).isEqualTo("pw=<redacted>");
  }

  @Test
  void doesNotRegisterVeryShortValues() {
    redactor.register("ab");

    assertThat(redactor.text("tab")).isEqualTo("tab");
  }
}
