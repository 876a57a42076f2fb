package dev.readiness.profile;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks that a profile value is a web origin: {@code scheme://host[:port]}, nothing more. */
final class OriginValue {

  private OriginValue() {}

  /**
   * @param text such as {@code https://app.example.com}
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  static String check(String text) {
    if (text.equals("*")) {
      throw notAnOrigin(text, "set cors.public: true to accept any origin");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw notAnOrigin(text, e.getReason());
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw notAnOrigin(text, "it has no scheme or no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw notAnOrigin(text, "it has user info");
    }
    if (!uri.getRawPath().isEmpty()) {
      throw notAnOrigin(text, "it has a path");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw notAnOrigin(text, "it has a query or fragment");
    }
    return text;
  }

  private static IllegalArgumentException notAnOrigin(String text, String why) {
    return new IllegalArgumentException("'" + text + "' is not an origin (scheme://host[:port]): " + why);
  }
}
