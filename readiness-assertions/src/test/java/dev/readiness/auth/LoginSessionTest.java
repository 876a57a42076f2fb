package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.profile.Login;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginSessionTest {

  private static Login login(String body, String contentType, String password) {
    return new Login("/login", body, contentType, "ali\"ce", password, Optional.empty(), Optional.empty());
  }

  @Test
  void escapesCredentialsForAJsonBody() {
    assertThat(LoginSession.body(login("{\"u\":\"${user}\",\"p\":\"${password}\"}", "application/json",
        "p\\a\"ss"))).isEqualTo("{\"u\":\"ali\\\"ce\",\"p\":\"p\\\\a\\\"ss\"}");
  }

  @Test
  void encodesCredentialsForAForm() {
    assertThat(LoginSession.body(login("username=${user}&password=${password}",
        "application/x-www-form-urlencoded; charset=UTF-8", "a&b=c d"))).isEqualTo(
        "username=ali%22ce&password=a%26b%3Dc+d");
  }
}
