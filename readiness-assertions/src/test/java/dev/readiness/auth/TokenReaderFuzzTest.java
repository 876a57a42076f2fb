package dev.readiness.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz test of reading tokens out of a login reply with JSON pointers. The input is a small reply: the
 * access-token pointer on the first line, the refresh-token pointer on the second, then {@code Name: value} header
 * lines, an empty line and the body. Without {@code JAZZER_FUZZ=1} it runs in regression mode over the seed inputs
 * in {@code TokenReaderFuzzTestInputs}; with it, Jazzer mutates freely. Only the documented error may escape: an
 * {@link IllegalArgumentException} naming an invalid pointer.
 */
class TokenReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readsTokensOrNamesTheInvalidPointer(byte[] input) {
    String[] lines = new String(input, UTF_8).split("\n", -1);
    String access = lines[0];
    Optional<String> refresh = lines.length > 1 && !lines[1].isEmpty() ? Optional.of(lines[1]) : Optional.empty();
    List<HttpHeader> headers = new ArrayList<>();
    int i = 2;
    for (; i < lines.length && !lines[i].isEmpty(); i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.add(new HttpHeader(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
      }
    }
    String body = i + 1 < lines.length ? String.join("\n", List.of(lines).subList(i + 1, lines.length)) : "";

    try {
      Optional<IssuedTokens> tokens = TokenReader.read(body, new HttpHeaders(headers), access, refresh);
      tokens.ifPresent(t -> assertThat(t.accessToken()).isNotEmpty());
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).contains("is not a JSON pointer");
    }
  }
}
