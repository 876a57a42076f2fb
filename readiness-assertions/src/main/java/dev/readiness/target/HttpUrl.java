package dev.readiness.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.net.URISyntaxException;
import org.apiguardian.api.API;

/**
 * The one check of a target URL: an absolute {@code http://} or {@code https://} URL with a host, a port from 1 to
 * 65535 when one is given, and no user information ({@code user:password@}), which would be printed in every report
 * and is never sent. Messages quote the URL with any password replaced by {@code <redacted>}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HttpUrl {

  /** The highest TCP port. */
  public static final int MAX_PORT = 65535;

  private HttpUrl() {}

  /**
   * @param text such as {@code https://localhost:8443}
   * @return the parsed URL, with path {@code /} when it had none
   * @throws IllegalArgumentException quoting the URL (without its password) and saying what is wrong
   */
  public static URI parse(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(quote(text) + " is not a valid URL: " + e.getReason(), e);
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(quote(text) + " is not an absolute http:// or https:// URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(quote(text) + " carries a user name or password before the host;"
          + " Readiness never sends them and would print them in every report: remove them (log-in credentials"
          + " go under auth.login)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(quote(text) + " has no host" + portHint(uri));
    }
    if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
      throw new IllegalArgumentException(quote(text) + " has port " + uri.getPort() + "; a port is from 1 to "
          + MAX_PORT);
    }
    if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      uri = uri.resolve("/");
    }
    return uri;
  }

  private static String portHint(URI uri) {
    String authority = uri.getRawAuthority();
    return authority != null && authority.matches(".*:[0-9]{6,}") ? " (its port is above " + MAX_PORT + ")" : "";
  }

  private static String quote(String text) {
    return "'" + text.replaceAll("(?i)(://[^/@\\s:]*:)[^/@\\s]*@", "$1<redacted>@") + "'";
  }
}
