package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The login request (profile section {@code auth.login}). {@link #toString()} leaves out the body
 * and redacts the password.
 *
 * @param path the login endpoint
 * @param body the request body template; {@code ${user}} and {@code ${password}} stand for the
 *     credentials
 * @param contentType the body's media type (default {@value #DEFAULT_CONTENT_TYPE}); a form
 *     login uses {@code application/x-www-form-urlencoded}
 * @param user the user that logs in
 * @param password that user's password
 * @param accessToken JSON pointer to the access token in the login response, such as
 *     {@code /access_token}
 * @param refreshToken JSON pointer to the refresh token in the login response
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Login(
    String path,
    String body,
    String contentType,
    String user,
    String password,
    Optional<String> accessToken,
    Optional<String> refreshToken) {

  /** The content type when none is configured. */
  public static final String DEFAULT_CONTENT_TYPE = "application/json";

  /**
   * Rejects null components.
   *
   * @param path the login endpoint
   * @param body the request body template; {@code ${user}} and {@code ${password}} stand for the
   *     credentials
   * @param contentType the body's media type (default {@value #DEFAULT_CONTENT_TYPE}); a form
   *     login uses {@code application/x-www-form-urlencoded}
   * @param user the user that logs in
   * @param password that user's password
   * @param accessToken JSON pointer to the access token in the login response, such as
   *     {@code /access_token}
   * @param refreshToken JSON pointer to the refresh token in the login response
   */
  public Login {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  /** @return the credentials this login uses */
  public Credentials credentials() {
    return new Credentials(user, password);
  }

  /** @return the login without body and with the password redacted */
  @Override
  public String toString() {
    return "Login[path=" + path + ", contentType=" + contentType + ", user=" + user
        + ", password=" + Credentials.REDACTED + ", accessToken=" + accessToken.orElse("-")
        + ", refreshToken=" + refreshToken.orElse("-") + "]";
  }
}
