package dev.readiness.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens one stack has issued: signed JWT access tokens from {@link AccessTokens} and opaque refresh tokens
 * kept in memory. A refresh token is revoked by its first use, even under concurrent use, so it buys exactly one
 * new pair, unless {@link Misconfiguration#REFRESH_REUSABLE} is on.
 */
final class IssuedTokens {

  private static final int TOKEN_BYTES = 32;

  private final SecureRandom random = new SecureRandom();
  private final AccessTokens accessTokens;
  private final boolean reusableRefresh;
  private final Map<String, String> userByRefreshToken = new ConcurrentHashMap<>();

  IssuedTokens(StackSettings settings) {
    this.accessTokens = new AccessTokens(settings, java.time.Clock.systemUTC());
    this.reusableRefresh = settings.has(Misconfiguration.REFRESH_REUSABLE);
  }

  /** @return a new access and refresh token for {@code user} */
  TokenPair issue(String user) {
    String refresh = newToken();
    userByRefreshToken.put(refresh, user);
    return new TokenPair(accessTokens.issue(user), refresh);
  }

  /** @return the user a valid access token was issued to, empty when it is not valid */
  Optional<String> userOf(String accessToken) {
    return accessTokens.userOf(accessToken);
  }

  /** @return a new pair for the refresh token's user, empty when the token is unknown or already used */
  Optional<TokenPair> rotate(String refreshToken) {
    String user = reusableRefresh ? userByRefreshToken.get(refreshToken) : userByRefreshToken.remove(refreshToken);
    return Optional.ofNullable(user).map(this::issue);
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
