package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

  private final Redactor redactor = Redactor.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Authorization       | Bearer abc.def.ghi          | Bearer <redacted>
      authorization       | Basic YWxpY2U6c2VjcmV0      | Basic <redacted>
      Cookie              | session=abc; theme=dark     | <redacted>
      X-Api-Key           | k-123456                    | <redacted>
      X-Api-Token         | opaque-77                   | <redacted>
      X-Amz-Security-Token | opaque-77                  | <redacted>
      X-Session-Id        | 42                          | <redacted>
      Client-Secret       | s3                          | <redacted>
      Private_Key         | k                           | <redacted>
      X-Auth-User         | bob                         | <redacted>
      WWW-Authenticate    | Bearer realm="api"          | Bearer realm="api"
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

  private static final String PASSWORD = "Pa\"ss w/rd:9";

  static Stream<Arguments> encodings() {
    String form = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    String percent = form.replace("+", "%20");
    String basic = Base64.getEncoder().encodeToString(("bob:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("raw", "echo " + PASSWORD + " end"),
        Arguments.of("form-encoded", "username=bob&pass=" + form + "&x=1"),
        Arguments.of("percent-encoded", "Location: /next?to=%2Fx%3Fp%3D" + percent),
        Arguments.of("percent-encoded, lower-case hex", "/next?to=" + percent.replace("%2F", "%2f").replace("%3A", "%3a")),
        Arguments.of("JSON-escaped", "{\"note\":\"" + PASSWORD.replace("\"", "\\\"") + "\"}"),
        Arguments.of("JSON-escaped with \\/", "{\"note\":\"" + PASSWORD.replace("\"", "\\\"").replace("/", "\\/")
            + "\"}"),
        Arguments.of("HTML-escaped", "<p>Pa&quot;ss w/rd:9</p>"),
        Arguments.of("Base64 of user:password (Basic)", "seen Authorization: Basic " + basic),
        Arguments.of("Base64 of the password", "p64=" + Base64.getEncoder().encodeToString(
            PASSWORD.getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void masksARegisteredPasswordInEveryEncodingItComesBackIn(String encoding, String echoed) {
    redactor.registerCredentials("bob", PASSWORD);

    String shown = redactor.text(echoed);

    assertThat(shown).contains(Redactor.MASK).doesNotContain("ss w").doesNotContain("ss+w").doesNotContain("ss%20w")
        .doesNotContain("rd:9").doesNotContain("rd%3A9").doesNotContain("rd%3a9");
    assertThat(shown.replace(Redactor.MASK, "")).doesNotContainPattern("[A-Za-z0-9+/]{16,}");
  }

  @Test
  void masksAPasswordContainingAQuoteInASecretJsonFieldWhole() {
    assertThat(redactor.text("{\"password\":\"a\\\"tail\",\"user\":\"bob\"}"))
        .isEqualTo("{\"password\":\"<redacted>\",\"user\":\"bob\"}");
  }

  @Test
  void masksTheValuesOfSecretParametersInUrlsAndForms() {
    assertThat(redactor.text("Location: https://h/cb?access_token=opaque123&state=ok#x"))
        .isEqualTo("Location: https://h/cb?access_token=<redacted>&state=ok#x");
    assertThat(redactor.text("password=hunter2&user=bob; sessionid=42"))
        .isEqualTo("password=<redacted>&user=bob; sessionid=<redacted>");
  }

  @Test
  void masksThePasswordOfAUrlsUserInformation() {
    assertThat(redactor.text("GET https://user:secretpw@host/x -> 200"))
        .isEqualTo("GET https://user:<redacted>@host/x -> 200");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      user  | the username field is empty | the username field is empty
      user  | login as user failed          | login as <redacted> failed
      user  | u=user&v=1                    | u=<redacted>&v=1
      admin | administrator and superadmin  | administrator and superadmin
      admin | "admin"                       | "<redacted>"
      """)
  void masksShortSecretsAsWholeValuesNeverInsideWords(String secret, String text, String shown) {
    redactor.register(secret);

    assertThat(redactor.text(text)).isEqualTo(shown);
  }

  @Test
  void masksLongSecretsEvenInsideALongerWord() {
    redactor.register("0123456789abcdef");

    assertThat(redactor.text("id=X0123456789abcdefY")).isEqualTo("id=X<redacted>Y");
  }
}
