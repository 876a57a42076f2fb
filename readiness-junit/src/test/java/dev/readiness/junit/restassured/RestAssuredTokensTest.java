package dev.readiness.junit.restassured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.Test;

class RestAssuredTokensTest {

  @Test
  void readsTheBearerTokenOfTheSpecification() {
    var tokens = RestAssuredTokens.from(new RequestSpecBuilder()
        .addHeader("Authorization", "Bearer abc.def.ghi").build()).tokens();

    assertThat(tokens.accessToken()).isEqualTo("abc.def.ghi");
    assertThat(tokens.cookieName()).isEmpty();
  }

  @Test
  void readsASessionCookieWhenThereIsNoBearerHeader() {
    var tokens = RestAssuredTokens.from(new RequestSpecBuilder().addCookie("session", "s3cr3t-value").build())
        .tokens();

    assertThat(tokens.accessToken()).isEqualTo("s3cr3t-value");
    assertThat(tokens.cookieName()).contains("session");
  }

  @Test
  void rejectsASpecificationWithoutCredentials() {
    assertThatThrownBy(() -> RestAssuredTokens.from(new RequestSpecBuilder().addHeader("Accept", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the RequestSpecification carries no Authorization: Bearer header and no cookie, so it holds "
            + "no token to reuse");
  }
}
