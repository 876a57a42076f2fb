package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IssuedTokensTest {

  private final IssuedTokens tokens = new IssuedTokens(StackSettings.of(java.util.Set.of()));

  @Test
  void issuedAccessTokenNamesItsUser() {
    TokenPair pair = tokens.issue("alice");

    assertThat(tokens.userOf(pair.accessToken())).contains("alice");
    assertThat(pair.tokenType()).isEqualTo("bearer");
  }

  @Test
  void tokensNeverIssuedNameNoUser() {
    TokenPair pair = tokens.issue("alice");

    assertThat(tokens.userOf("not-a-token")).isEmpty();
    assertThat(tokens.userOf(pair.refreshToken())).as("a refresh token is no access token").isEmpty();
  }

  @Test
  void tokensAreDistinctAccessTokensAreJwtsAndRefreshTokensAre256BitsLong() {
    TokenPair first = tokens.issue("alice");
    TokenPair second = tokens.issue("alice");

    assertThat(List.of(first.accessToken(), first.refreshToken(), second.accessToken(), second.refreshToken()))
        .doesNotHaveDuplicates();
    assertThat(List.of(first.refreshToken(), second.refreshToken()))
        .allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
    assertThat(List.of(first.accessToken(), second.accessToken()))
        .allSatisfy(token -> assertThat(token).matches("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"));
  }

  @Test
  void refreshTokenBuysOneNewPairAndIsThenRevoked() {
    TokenPair original = tokens.issue("alice");

    Optional<TokenPair> rotated = tokens.rotate(original.refreshToken());

    assertThat(rotated).isPresent();
    assertThat(rotated.get().accessToken()).isNotEqualTo(original.accessToken());
    assertThat(tokens.userOf(rotated.get().accessToken())).contains("alice");
    assertThat(tokens.rotate(original.refreshToken())).isEmpty();
    assertThat(tokens.rotate(rotated.get().refreshToken())).isPresent();
  }

  @Test
  void concurrentUsesOfOneRefreshTokenYieldExactlyOnePair() throws Exception {
    String refreshToken = tokens.issue("alice").refreshToken();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Optional<TokenPair>>> uses = IntStream.range(0, 32)
          .mapToObj(i -> (Callable<Optional<TokenPair>>) () -> tokens.rotate(refreshToken))
          .toList();
      long successes = 0;
      for (Future<Optional<TokenPair>> use : pool.invokeAll(uses)) {
        successes += use.get().isPresent() ? 1 : 0;
      }
      assertThat(successes).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
