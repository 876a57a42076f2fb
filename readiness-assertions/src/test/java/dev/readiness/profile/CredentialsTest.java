package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void splitsAtTheFirstColon() {
    assertThat(Credentials.parse("admin:pa:ss")).isEqualTo(new Credentials("admin", "pa:ss"));
  }

  @Test
  void acceptsAnEmptyPassword() {
    assertThat(Credentials.parse("root:")).isEqualTo(new Credentials("root", ""));
  }

  @Test
  void redactsThePasswordInToString() {
    assertThat(new Credentials("admin", "hunter2")).hasToString("Credentials[user=admin, password=***]");
  }

  @Test
  void loginRedactsThePasswordAndLeavesOutTheBody() {
    Login login = new Login("/login", "{\"password\":\"hunter2\"}", "application/json", "alice", "hunter2",
        Optional.of("/access_token"), Optional.empty());

    assertThat(login).hasToString("Login[path=/login, contentType=application/json, user=alice,"
        + " password=***, accessToken=/access_token, refreshToken=-]");
    assertThat(login.credentials()).isEqualTo(new Credentials("alice", "hunter2"));
  }
}
