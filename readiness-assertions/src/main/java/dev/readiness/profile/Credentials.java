package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A user name and password. {@link #toString()} redacts the password.
 *
 * @param user the user name, not empty
 * @param password the password, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Credentials(String user, String password) {

  static final String REDACTED = "***";

  /**
   * Rejects null components and an empty user name.
   *
   * @param user the user name, not empty
   * @param password the password, possibly empty
   */
  public Credentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isEmpty()) {
      throw new IllegalArgumentException("the user name is empty");
    }
  }

  /**
   * Reads credentials written as {@code user:password}; the first colon separates the two.
   *
   * @param text such as {@code admin:admin}
   * @return the credentials
   * @throws IllegalArgumentException when there is no colon or the user is empty; the message
   *     never contains the text, which may hold a password
   */
  public static Credentials parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected user:password, found no colon");
    }
    if (colon == 0) {
      throw new IllegalArgumentException("expected user:password, found an empty user");
    }
    return new Credentials(text.substring(0, colon), text.substring(colon + 1));
  }

  /** @return {@code user:***} */
  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=" + REDACTED + "]";
  }
}
