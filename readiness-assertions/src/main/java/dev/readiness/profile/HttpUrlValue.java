package dev.readiness.profile;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks that a profile value is an absolute {@code http://} or {@code https://} URL with a host. */
final class HttpUrlValue {

  private HttpUrlValue() {}

  /**
   * @param text such as {@code https://localhost:8443}
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the text when it is not such a URL
   */
  static String check(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason(), e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("'" + text + "' is not an absolute http:// or https:// URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' has no host");
    }
    return text;
  }
}
