package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How to authenticate against the stack (profile section {@code auth}).
 *
 * @param login how to log in, when configured
 * @param refresh how to refresh a token, when configured
 * @param defaultCredentials pairs tried by {@code auth.default-credentials} in addition to the
 *     built-in list; never null, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Auth(Optional<Login> login, Optional<Refresh> refresh, List<Credentials> defaultCredentials) {

  /**
   * Rejects null components and copies the list.
   *
   * @param login how to log in, when configured
   * @param refresh how to refresh a token, when configured
   * @param defaultCredentials pairs tried by {@code auth.default-credentials} in addition to the
   *     built-in list; never null, possibly empty
   */
  public Auth {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(refresh, "refresh");
    defaultCredentials = List.copyOf(defaultCredentials);
  }
}
