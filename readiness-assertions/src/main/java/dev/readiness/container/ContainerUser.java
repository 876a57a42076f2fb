package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A container's configured user as Docker writes it ({@code Config.User}, a Dockerfile {@code USER}, compose
 * {@code user:}): {@code name}, {@code uid}, {@code name:group} or {@code uid:gid}. The empty user means the image's
 * default, which is root.
 *
 * @param text the user as configured, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContainerUser(String text) {

  /** Strips the text; an absent user is the empty one. */
  public ContainerUser {
    text = Objects.requireNonNullElse(text, "").strip();
  }

  /** @return the user part, before any {@code :group} */
  public String user() {
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(0, colon);
  }

  /** @return true when no user is set, so the process runs as root */
  public boolean isDefault() {
    return text.isEmpty();
  }

  /**
   * @return true when the process runs as root: no user, {@code root}, or uid 0 (in any spelling, such as
   *     {@code 0}, {@code 0000} or {@code 0:1000}), whatever the group
   */
  public boolean isRoot() {
    String user = user();
    return user.isEmpty() || user.equals("root") || (user.chars().allMatch(Character::isDigit)
        && user.chars().allMatch(c -> c == '0'));
  }
}
