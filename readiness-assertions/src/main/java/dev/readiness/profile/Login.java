package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The login request (profile section {@code auth.login}). {@link #toString()} leaves out the body and redacts the
 * password.
 *
 * <p>The user and password are resolved when they are first read, not when the profile is loaded: a password
 * written as {@code ${env:APP_PASSWORD}} with the variable unset fails only the checks that log in (their
 * {@link #user()}, {@link #password()} or {@link #credentials()} throws the {@link ProfileException} naming the key
 * and the variable); every other check runs.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Login {

  /** The content type when none is configured. */
  public static final String DEFAULT_CONTENT_TYPE = "application/json";

  private final String path;
  private final String body;
  private final String contentType;
  private final DeferredText user;
  private final DeferredText password;
  private final Optional<String> accessToken;
  private final Optional<String> refreshToken;

  /**
   * Rejects null components.
   *
   * @param path the login endpoint
   * @param body the request body template; {@code ${user}} and {@code ${password}} stand for the credentials
   * @param contentType the body's media type (default {@value #DEFAULT_CONTENT_TYPE}); a form login uses
   *     {@code application/x-www-form-urlencoded}
   * @param user the user that logs in
   * @param password that user's password
   * @param accessToken JSON pointer to the access token in the login response, such as {@code /access_token}
   * @param refreshToken JSON pointer to the refresh token in the login response
   */
  public Login(String path, String body, String contentType, String user, String password,
      Optional<String> accessToken, Optional<String> refreshToken) {
    this(path, body, contentType, DeferredText.of(Objects.requireNonNull(user, "user")),
        DeferredText.of(Objects.requireNonNull(password, "password")), accessToken, refreshToken);
  }

  Login(String path, String body, String contentType, DeferredText user, DeferredText password,
      Optional<String> accessToken, Optional<String> refreshToken) {
    this.path = Objects.requireNonNull(path, "path");
    this.body = Objects.requireNonNull(body, "body");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.user = Objects.requireNonNull(user, "user");
    this.password = Objects.requireNonNull(password, "password");
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
  }

  /** @return the login endpoint */
  public String path() {
    return path;
  }

  /** @return the request body template; {@code ${user}} and {@code ${password}} stand for the credentials */
  public String body() {
    return body;
  }

  /** @return the body's media type */
  public String contentType() {
    return contentType;
  }

  /**
   * @return the user that logs in
   * @throws ProfileException when it references an environment variable that is not set
   */
  public String user() {
    return user.value();
  }

  /**
   * @return that user's password
   * @throws ProfileException when it references an environment variable that is not set
   */
  public String password() {
    return password.value();
  }

  /** @return the password when it resolves; empty when it references an environment variable that is not set */
  public Optional<String> resolvedPassword() {
    try {
      return Optional.of(password.value());
    } catch (ProfileException e) {
      return Optional.empty();
    }
  }

  /** @return JSON pointer to the access token in the login response */
  public Optional<String> accessToken() {
    return accessToken;
  }

  /** @return JSON pointer to the refresh token in the login response */
  public Optional<String> refreshToken() {
    return refreshToken;
  }

  /**
   * @return the credentials this login uses
   * @throws ProfileException when the user or password references an environment variable that is not set
   */
  public Credentials credentials() {
    return new Credentials(user(), password());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Login other && path.equals(other.path) && body.equals(other.body)
        && contentType.equals(other.contentType) && user.equals(other.user) && password.equals(other.password)
        && accessToken.equals(other.accessToken) && refreshToken.equals(other.refreshToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, body, contentType, user, password, accessToken, refreshToken);
  }

  /** @return the login without body and with the password redacted */
  @Override
  public String toString() {
    return "Login[path=" + path + ", contentType=" + contentType + ", user=" + user.valueOrRaw()
        + ", password=" + Credentials.REDACTED + ", accessToken=" + accessToken.orElse("-")
        + ", refreshToken=" + refreshToken.orElse("-") + "]";
  }
}
