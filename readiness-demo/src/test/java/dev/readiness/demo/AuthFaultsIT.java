package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo stack's login throttle and its authentication faults, seen from a plain HTTP client. */
class AuthFaultsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG = "{\"username\":\"alice\",\"password\":\"wrong\"}";

  private static URI url(DemoStack stack, String path) {
    return stack.httpsUrl().resolve(path);
  }

  private static JsonNode claims(String jwt) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Test
  void hardenedStackThrottlesAfterTenFailedLoginsForOneSecond() throws Exception {
    try (DemoStack stack = DemoStack.hardened()) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
      for (int i = 0; i < 10; i++) {
        assertThat(client.postJson(url(stack, "/api/auth/login"), WRONG).statusCode()).isEqualTo(401);
      }

      HttpResponse<String> throttled = client.postJson(url(stack, "/api/auth/login"), WRONG);
      Thread.sleep(1100);
      HttpResponse<String> afterLockout = client.postJson(url(stack, "/api/auth/login"), WRONG);

      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().allValues("Retry-After")).containsExactly("1");
      assertThat(throttled.body()).isEqualTo("{\"detail\":\"too many failed logins\"}");
      assertThat(afterLockout.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void withoutLoginThrottleEveryWrongPasswordIs401AndTheRightOneStillLogsIn() throws Exception {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.LOGIN_NOT_THROTTLED))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
      for (int i = 0; i < 25; i++) {
        assertThat(client.postJson(url(stack, "/api/auth/login"), WRONG).statusCode()).as("wrong password " + i)
            .isEqualTo(401);
      }

      assertThat(login(stack, "alice", DemoStack.password()).path("access_token").asText()).isNotEmpty();
    }
  }

  @Test
  void hardenedAccessTokenIsAnHs256JwtLivingTenMinutes() throws Exception {
    try (DemoStack stack = DemoStack.hardened()) {
      String token = login(stack, "alice", DemoStack.password()).path("access_token").asText();

      JsonNode claims = claims(token);
      assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(600);
      assertThat(claims.path("sub").asText()).isEqualTo("alice");
    }
  }

  @Test
  void faultsChangeTheTokenAndTheLogin() throws Exception {
    try (DemoStack longLived = DemoStack.start(Set.of(Misconfiguration.JWT_LONG_LIFETIME));
        DemoStack noExp = DemoStack.start(Set.of(Misconfiguration.JWT_NO_EXP));
        DemoStack defaults = DemoStack.start(Set.of(Misconfiguration.DEFAULT_CREDENTIALS))) {
      JsonNode week = claims(login(longLived, "alice", DemoStack.password()).path("access_token").asText());
      JsonNode forever = claims(login(noExp, "alice", DemoStack.password()).path("access_token").asText());
      CaTrustingClient client = new CaTrustingClient(defaults.caCertificate());

      assertThat(week.path("exp").asLong() - week.path("iat").asLong()).isEqualTo(7 * 24 * 3600);
      assertThat(forever.has("exp")).isFalse();
      assertThat(client.postJson(url(defaults, "/api/auth/login"), "{\"username\":\"admin\",\"password\":\"admin\"}")
          .statusCode()).isEqualTo(200);
    }
  }

  private static JsonNode login(DemoStack stack, String user, String password) throws Exception {
    CaTrustingClient client = new CaTrustingClient(stack.caCertificate());
    HttpResponse<String> response = client.postJson(url(stack, "/api/auth/login"),
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    assertThat(response.statusCode()).as("login").isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
