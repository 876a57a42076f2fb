package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The token refresh request (profile section {@code auth.refresh}).
 *
 * @param path the refresh endpoint
 * @param body the request body template; {@code ${refreshToken}} stands for the refresh token
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Refresh(String path, String body) {

  /**
   * Rejects null components.
   *
   * @param path the refresh endpoint
   * @param body the request body template; {@code ${refreshToken}} stands for the refresh token
   */
  public Refresh {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
  }
}
