package dev.readiness.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsHeadersTest {

  private static CorsHeaders parse(String... pairs) {
    List<HttpHeader> lines = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      lines.add(new HttpHeader(pairs[i], pairs[i + 1]));
    }
    return CorsHeaders.parse(new HttpHeaders(lines));
  }

  @Test
  void readsOneAllowedOriginWithCredentialsAndVary() {
    CorsHeaders headers = parse("Access-Control-Allow-Origin", " https://app.example.com ",
        "Access-Control-Allow-Credentials", "true", "Vary", "Accept-Encoding, Origin");

    assertThat(headers.allowOrigin()).contains("https://app.example.com");
    assertThat(headers.names("https://app.example.com")).isTrue();
    assertThat(headers.grants("https://evil.example")).isFalse();
    assertThat(headers.allowCredentials()).isTrue();
    assertThat(headers.variesByOrigin()).isTrue();
    assertThat(headers.describe())
        .isEqualTo("Access-Control-Allow-Origin: https://app.example.com, Access-Control-Allow-Credentials: true");
  }

  @Test
  void rejectsACommaListOfOriginsAsGrantingNothing() {
    CorsHeaders headers = parse("Access-Control-Allow-Origin", "https://app.example.com, https://b.example");

    assertThat(headers.allowOrigin()).isEmpty();
    assertThat(headers.allowOriginInvalid()).isTrue();
    assertThat(headers.grants("https://app.example.com")).isFalse();
  }

  @Test
  void rejectsRepeatedAllowOriginHeaders() {
    CorsHeaders headers = parse("Access-Control-Allow-Origin", "https://app.example.com",
        "Access-Control-Allow-Origin", "https://app.example.com");

    assertThat(headers.allowOrigin()).isEmpty();
    assertThat(headers.allowOriginInvalid()).isTrue();
  }

  @Test
  void readsTheWildcardAndItsCredentials() {
    CorsHeaders headers = parse("access-control-allow-origin", "*", "Access-Control-Allow-Credentials", "true");

    assertThat(headers.isWildcard()).isTrue();
    assertThat(headers.grants("https://any.example")).isTrue();
    assertThat(headers.names("https://any.example")).isFalse();
    assertThat(headers.allowCredentials()).isTrue();
  }

  @Test
  void grantsCredentialsOnlyForTheExactValueTrue() {
    assertThat(parse("Access-Control-Allow-Credentials", "TRUE").allowCredentials()).isFalse();
    assertThat(parse("Access-Control-Allow-Credentials", "yes").allowCredentials()).isFalse();
    assertThat(parse("Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Credentials", "true")
        .allowCredentials()).isFalse();
  }

  @Test
  void comparesOriginsCaseSensitivelyAsBrowsersDo() {
    assertThat(parse("Access-Control-Allow-Origin", "https://APP.example.com").names("https://app.example.com"))
        .isFalse();
  }

  @Test
  void readsMethodAndHeaderListsIncludingAnEchoOfArbitraryHeaders() {
    CorsHeaders headers = parse("Access-Control-Allow-Methods", "GET, POST,,PUT",
        "Access-Control-Allow-Headers", "X-Readiness-Probe, authorization");

    assertThat(headers.allowMethods()).containsExactly("GET", "POST", "PUT");
    assertThat(headers.allowHeaders()).containsExactly("x-readiness-probe", "authorization");
    assertThat(headers.allowsHeader("Authorization")).isTrue();
    assertThat(parse("Access-Control-Allow-Headers", "*").allowsHeader("X-Anything")).isTrue();
  }

  @Test
  void treatsAnEmptyAllowOriginAsInvalidAndNoHeadersAsNothing() {
    assertThat(parse("Access-Control-Allow-Origin", "").allowOriginInvalid()).isTrue();
    CorsHeaders none = parse();
    assertThat(none.allowOriginInvalid()).isFalse();
    assertThat(none.variesByOrigin()).isFalse();
    assertThat(none.describe()).isEqualTo("no Access-Control-Allow-Origin");
  }

  @Test
  void parsesSeededRandomHeaderValuesWithoutThrowing() {
    java.util.Random random = new java.util.Random(20261123L);
    String alphabet = "*,; \t\"'a-zA-Z0-9:/.null\u00e9\u0000true";
    for (int i = 0; i < 5000; i++) {
      String[] values = new String[4];
      for (int v = 0; v < values.length; v++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int c = 0; c < length; c++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        values[v] = text.toString();
      }
      CorsHeaders headers = parse("Access-Control-Allow-Origin", values[0], "Access-Control-Allow-Credentials",
          values[1], "Access-Control-Allow-Headers", values[2], "Vary", values[3]);

      assertThat(headers.allowOrigin().isPresent() && headers.allowOriginInvalid()).isFalse();
      headers.allowOrigin().ifPresent(o -> assertThat(o).doesNotContain(",", " ").isNotEmpty());
      assertThat(headers.allowCredentials()).isEqualTo(values[1].strip().equals("true"));
      assertThat(headers.allowHeaders()).allSatisfy(h -> assertThat(h).isNotBlank().doesNotContain(","));
      assertThat(headers.describe()).isNotNull();
    }
  }
}
