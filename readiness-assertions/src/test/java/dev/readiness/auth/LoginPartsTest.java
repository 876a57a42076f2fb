package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import dev.readiness.profile.Credentials;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure parts of logging in: body templates, token reading, and the order of default pairs. */
class LoginPartsTest {

  private static final Credentials ODD = new Credentials("a&b", "p\"w =\\");

  @Test
  void fillsJsonTemplatesEscapedAndFormTemplatesUrlEncoded() {
    assertThat(LoginClient.fill("{\"u\":\"${user}\",\"p\":\"${password}\"}", "application/json", ODD))
        .isEqualTo("{\"u\":\"a&b\",\"p\":\"p\\\"w =\\\\\"}");
    assertThat(LoginClient.fill("username=${user}&password=${password}", "application/x-www-form-urlencoded", ODD))
        .isEqualTo("username=a%26b&password=p%22w+%3D%5C");
  }

  @Test
  void readsTokensAtThePointersAndTheDateHeader() {
    HttpHeaders headers = new HttpHeaders(List.of(new HttpHeader("Date", "Tue, 14 Nov 2023 22:13:20 GMT")));

    IssuedTokens tokens = TokenReader.read("{\"data\":{\"jwt\":\"abcd\",\"rt\":\"efgh\"}}", headers, "/data/jwt",
        Optional.of("/data/rt")).orElseThrow();

    assertThat(tokens.accessToken()).isEqualTo("abcd");
    assertThat(tokens.refreshToken()).contains("efgh");
    assertThat(tokens.cookieName()).isEmpty();
    assertThat(tokens.issuedAt()).hasValueSatisfying(d -> assertThat(d.getEpochSecond()).isEqualTo(1_700_000_000L));
    assertThat(tokens.toString()).doesNotContain("abcd").doesNotContain("efgh");
  }

  @Test
  void findsNoTokenInANumberAnEmptyStringOrAnEmptyCookie() {
    HttpHeaders emptyCookie = new HttpHeaders(List.of(new HttpHeader("Set-Cookie", "access_token=; Path=/")));

    assertThat(TokenReader.read("{\"access_token\":42}", HttpHeaders.NONE, "/access_token", Optional.empty()))
        .isEmpty();
    assertThat(TokenReader.read("{\"access_token\":\"\"}", emptyCookie, "/access_token", Optional.empty()))
        .isEmpty();
  }

  @Test
  void rejectsAnInvalidPointerNamingIt() {
    assertThatThrownBy(() -> TokenReader.read("{}", HttpHeaders.NONE, "access_token", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'access_token' is not a JSON pointer");
  }

  @Test
  void triesConfiguredPairsFirstThenBuiltInMostLikelyFirstWithoutTheRealPair() {
    Credentials configured = new Credentials("ops", "ops2024");
    Credentials real = new Credentials("root", "root");

    List<Credentials> pairs = DefaultCredentialsCheck.pairs(List.of(configured), real);

    assertThat(pairs.get(0)).isEqualTo(configured);
    assertThat(pairs).doesNotContain(real).hasSize(12);
    assertThat(pairs.subList(1, pairs.size())).containsExactlyElementsOf(
        DefaultCredentialsCheck.BUILT_IN.stream().filter(c -> !c.equals(real)).toList());
    assertThat(pairs.get(1)).as("the most likely pair first").isEqualTo(new Credentials("admin", "admin"));
  }
}
