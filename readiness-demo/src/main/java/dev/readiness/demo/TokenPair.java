package dev.readiness.demo;

/**
 * The body of a successful login or refresh: {@code {"access_token", "refresh_token", "token_type":"bearer"}}.
 *
 * @param accessToken opaque bearer token for protected endpoints
 * @param refreshToken opaque token that buys one new pair
 * @param tokenType always {@code bearer}
 */
record TokenPair(String accessToken, String refreshToken, String tokenType) {

  TokenPair(String accessToken, String refreshToken) {
    this(accessToken, refreshToken, "bearer");
  }
}
