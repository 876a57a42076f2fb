package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthEndpointsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS =
      "{\"username\":\"alice\",\"password\":\"" + DemoStack.password() + "\"}";

  private static DemoStack stack;
  private static CaTrustingClient client;

  @BeforeAll
  static void startStack() {
    stack = DemoStack.hardened();
    client = new CaTrustingClient(stack.caCertificate());
  }

  @AfterAll
  static void closeStack() {
    stack.close();
  }

  @Test
  void loginWithTheDemoAccountReturnsABearerTokenPairThatIsNotCached() {
    HttpResponse<String> response = client.postJson(url("/api/auth/login"), CREDENTIALS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
    JsonNode body = json(response);
    assertThat(body.path("token_type").asText()).isEqualTo("bearer");
    assertThat(body.path("access_token").asText()).matches("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    assertThat(body.path("refresh_token").asText()).matches("[A-Za-z0-9_-]{43}")
        .isNotEqualTo(body.path("access_token").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrong password    | {\"username\":\"alice\",\"password\":\"alice\"}",
      "unknown user      | {\"username\":\"admin\",\"password\":\"admin\"}",
      "empty password    | {\"username\":\"alice\",\"password\":\"\"}",
      "user in uppercase | {\"username\":\"ALICE\",\"password\":\"correct-horse-battery-staple-7\"}"})
  void loginWithOtherCredentialsAnswers401InvalidCredentials(String variant, String body) {
    HttpResponse<String> response = client.postJson(url("/api/auth/login"), body);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"invalid credentials\"}");
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "truncated JSON       | {\"username\":                          | malformed JSON body",
      "not JSON             | username=alice&password=x               | malformed JSON body",
      "trailing garbage     | {\"username\":\"alice\"} }               | malformed JSON body",
      "JSON array           | [\"alice\"]                              | expected a JSON object",
      "missing password     | {\"username\":\"alice\"}                 | field 'password' must be a string",
      "number as user       | {\"username\":7,\"password\":\"x\"}       | field 'username' must be a string"})
  void loginWithAMalformedBodyAnswers400WithAPlainDetail(String variant, String body, String detail) {
    HttpResponse<String> response = client.postJson(url("/api/auth/login"), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("detail").asText()).isEqualTo(detail);
    assertThat(response.body()).doesNotContain("Exception", "at dev.", "at org.", "jackson");
  }

  @Test
  void loginWithAnEmptyBodyAnswers400() {
    HttpResponse<String> response = client.postJson(url("/api/auth/login"), "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"detail\":\"expected a JSON object\"}");
  }

  @Test
  void loginWithABodyOver16KiBAnswers413() {
    String padded = "{\"username\":\"alice\",\"password\":\"" + "x".repeat(16 * 1024) + "\"}";

    HttpResponse<String> response = client.postJson(url("/api/auth/login"), padded);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"request body too large\"}");
  }

  @Test
  void loginByGetAnswers405() {
    HttpResponse<String> response = client.get(url("/api/auth/login"));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().allValues("Allow")).containsExactly("POST");
  }

  @Test
  void protectedRouteAnswersRoomsForAnIssuedAccessToken() {
    HttpResponse<String> response = client.get(url("/api/rooms"), login().path("access_token").asText());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode rooms = json(response);
    assertThat(rooms.isArray()).isTrue();
    assertThat(rooms).extracting(room -> room.path("id").asText())
        .containsExactly("general", "standup", "design-review");
  }

  @Test
  void protectedRouteRejectsATokenItNeverIssuedWith401() {
    HttpResponse<String> response = client.get(url("/api/rooms"), "forged-token");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Could not validate credentials\"}");
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
  }

  @Test
  void protectedRouteRejectsAnotherAuthorizationSchemeWith401() {
    HttpResponse<String> response = client.send(CaTrustingClient.request(url("/api/rooms"))
        .header("Authorization", "Basic YWxpY2U6Y29ycmVjdA==").GET().build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
  }

  @Test
  void protectedRouteRejectsTheRefreshTokenUsedAsAnAccessToken() {
    HttpResponse<String> response = client.get(url("/api/rooms"), login().path("refresh_token").asText());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void refreshReturnsANewWorkingPairAndRevokesTheTokenUsed() {
    String refreshToken = login().path("refresh_token").asText();

    HttpResponse<String> first = refresh(refreshToken);
    HttpResponse<String> second = refresh(refreshToken);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().allValues("Cache-Control")).containsExactly("no-store");
    JsonNode pair = json(first);
    assertThat(pair.path("refresh_token").asText()).isNotEqualTo(refreshToken);
    assertThat(client.get(url("/api/rooms"), pair.path("access_token").asText()).statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(401);
    assertThat(second.body()).isEqualTo("{\"detail\":\"invalid refresh token\"}");
    assertThat(refresh(pair.path("refresh_token").asText()).statusCode()).isEqualTo(200);
  }

  @Test
  void refreshWithATokenNeverIssuedAnswers401() {
    HttpResponse<String> response = refresh("never-issued");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"detail\":\"invalid refresh token\"}");
  }

  @Test
  void refreshWithMalformedJsonAnswers400() {
    HttpResponse<String> response = client.postJson(url("/api/auth/refresh"), "{\"refresh_token\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"detail\":\"malformed JSON body\"}");
  }

  @Test
  void tokensOfOneStackAreUnknownToAnother() {
    String accessToken = login().path("access_token").asText();
    try (DemoStack other = DemoStack.hardened()) {
      HttpResponse<String> response = client.get(other.httpsUrl().resolve("/api/rooms"), accessToken);

      assertThat(response.statusCode()).isEqualTo(401);
    }
  }

  private static JsonNode login() {
    HttpResponse<String> response = client.postJson(url("/api/auth/login"), CREDENTIALS);
    assertThat(response.statusCode()).as("login (control)").isEqualTo(200);
    return json(response);
  }

  private static HttpResponse<String> refresh(String refreshToken) {
    return client.postJson(url("/api/auth/refresh"), "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  private static URI url(String path) {
    return stack.httpsUrl().resolve(path);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
