package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import dev.readiness.jwt.JwtLifetimePolicy;
import dev.readiness.jwt.JwtToken;
import dev.readiness.jwt.TokenForgeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random-input property tests of token parsing and JSON-pointer handling: for any body, header and token
 * text, only the documented exceptions escape (an {@link IllegalArgumentException} for an invalid pointer, nothing
 * else). The seed is fixed, so a failure reproduces.
 */
class TokenParsingFuzzTest {

  private static final long SEED = 0x5EED_A17L;
  private static final int RUNS = 20_000;
  private static final String ALPHABET = "eyJ{}[]\":,.=;-_/~0123456789abcXYZ \\\u00e9\u0000\ud83d\ude00";

  private final Random random = new Random(SEED);

  private String text(int max) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  private String jsonish() {
    return switch (random.nextInt(4)) {
      case 0 -> "{\"alg\":\"" + text(6) + "\",\"exp\":" + random.nextLong() + "}";
      case 1 -> "{\"exp\":" + text(8) + ",\"iat\":" + random.nextDouble() * 1e20 + "}";
      case 2 -> "{\"a\":[" + text(10) + "]}";
      default -> text(30);
    };
  }

  private String tokenish() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return switch (random.nextInt(3)) {
      case 0 -> b64.encodeToString(jsonish().getBytes()) + "." + b64.encodeToString(jsonish().getBytes()) + "."
          + text(10);
      case 1 -> text(5) + "." + text(5) + "." + text(5) + (random.nextBoolean() ? "." : "");
      default -> text(40);
    };
  }

  @Test
  void jwtParsingNeverThrowsAndWhatParsesCanBeJudgedAndForged() {
    for (int i = 0; i < RUNS; i++) {
      String token = tokenish();
      Optional<JwtToken> parsed = assertNoThrow(() -> JwtToken.parse(token), token);
      parsed.ifPresent(jwt -> {
        assertThatCode(() -> JwtLifetimePolicy.evaluate(jwt, Optional.of(Instant.EPOCH), Duration.ofMinutes(15)))
            .as(token).doesNotThrowAnyException();
        assertThatCode(() -> TokenForgeries.of(jwt)).as(token).doesNotThrowAnyException();
      });
    }
  }

  @Test
  void tokenReadingThrowsOnlyIllegalArgumentForAnInvalidPointer() {
    for (int i = 0; i < RUNS; i++) {
      String body = random.nextBoolean() ? "{\"token\":" + jsonish() + ",\"r\":\"" + text(8) + "\"}" : jsonish();
      HttpHeaders headers = new HttpHeaders(List.of(new HttpHeader("Set-Cookie", text(20)),
          new HttpHeader("Set-Cookie", "token=" + tokenish() + ";" + text(5)), new HttpHeader("Date", text(12))));
      String pointer = random.nextInt(3) == 0 ? text(6) : "/token" + (random.nextBoolean() ? "/" + text(3) : "");
      try {
        TokenReader.read(body, headers, pointer, Optional.of(random.nextBoolean() ? "/r" : text(3)));
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(pointer).contains("is not a JSON pointer");
      } catch (RuntimeException e) {
        throw new AssertionError("undocumented " + e + " for pointer '" + pointer + "' and body '" + body + "'", e);
      }
    }
  }

  private static <T> T assertNoThrow(java.util.function.Supplier<T> action, String input) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      throw new AssertionError("undocumented " + e + " for input '" + input + "'", e);
    }
  }
}
