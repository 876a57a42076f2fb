package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The tokens a login or refresh answered with. {@link #toString()} never shows a token.
 *
 * @param accessToken the access token, not empty
 * @param refreshToken the refresh token, when the response carried one
 * @param cookieName the cookie that carried the access token, empty when it came in the body (sent as Bearer)
 * @param issuedAt the response's {@code Date} header, when it had a valid one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IssuedTokens(String accessToken, Optional<String> refreshToken, Optional<String> cookieName,
    Optional<Instant> issuedAt) {

  /**
   * Rejects null components and an empty access token.
   *
   * @param accessToken the access token, not empty
   * @param refreshToken the refresh token, when the response carried one
   * @param cookieName the cookie that carried the access token, empty when it came in the body
   * @param issuedAt the response's {@code Date} header, when it had a valid one
   */
  public IssuedTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(cookieName, "cookieName");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (accessToken.isEmpty()) {
      throw new IllegalArgumentException("the access token is empty");
    }
  }

  /** @return the same tokens with another access token, sent the same way (for forged variants) */
  public IssuedTokens withAccessToken(String token) {
    return new IssuedTokens(token, refreshToken, cookieName, issuedAt);
  }

  @Override
  public String toString() {
    return "IssuedTokens[accessToken=<redacted>, refreshToken=" + refreshToken.map(t -> "<redacted>").orElse("-")
        + ", cookieName=" + cookieName.orElse("-") + "]";
  }
}
