package dev.readiness.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opaque tokens one stack has issued, kept in memory. Access tokens stay valid for the stack's life;
 * a refresh token is revoked by its first use, even under concurrent use, so it buys exactly one new pair.
 */
final class IssuedTokens {

  private static final int TOKEN_BYTES = 32;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> userByAccessToken = new ConcurrentHashMap<>();
  private final Map<String, String> userByRefreshToken = new ConcurrentHashMap<>();

  /** @return a new access and refresh token for {@code user} */
  TokenPair issue(String user) {
    String access = newToken();
    String refresh = newToken();
    userByAccessToken.put(access, user);
    userByRefreshToken.put(refresh, user);
    return new TokenPair(access, refresh);
  }

  /** @return the user an access token was issued to, empty when this stack never issued it */
  Optional<String> userOf(String accessToken) {
    return Optional.ofNullable(userByAccessToken.get(accessToken));
  }

  /** @return a new pair for the refresh token's user, empty when the token is unknown or already used */
  Optional<TokenPair> rotate(String refreshToken) {
    return Optional.ofNullable(userByRefreshToken.remove(refreshToken)).map(this::issue);
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
