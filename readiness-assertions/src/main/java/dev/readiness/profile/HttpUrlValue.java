package dev.readiness.profile;

import dev.readiness.target.HttpUrl;

/** Checks that a profile value is a target URL as {@link HttpUrl#parse} defines it. */
final class HttpUrlValue {

  private HttpUrlValue() {}

  /**
   * @param text such as {@code https://localhost:8443}
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the text when it is not such a URL
   */
  static String check(String text) {
    HttpUrl.parse(text);
    return text;
  }
}
