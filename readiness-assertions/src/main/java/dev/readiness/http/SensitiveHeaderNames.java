package dev.readiness.http;

import java.util.Locale;
import java.util.Set;

/**
 * Which header names carry a credential whose value is never shown: {@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie}, and every name that says it holds a token, a key, a secret, a password
 * or a session ({@code X-Api-Token}, {@code X-Api-Key}, {@code X-Auth-Token}, {@code X-Amz-Security-Token},
 * {@code X-CSRF-Token}, {@code X-Session-Id}...).
 */
final class SensitiveHeaderNames {

  private static final Set<String> EXACT = Set.of("authorization", "proxy-authorization", "cookie");
  private static final String[] WORDS = {"token", "secret", "password", "passwd", "apikey", "api-key", "api_key",
      "session", "csrf", "xsrf"};

  private SensitiveHeaderNames() {}

  /**
   * @param name a header name, in any case
   * @return true when the header's value is a credential
   */
  static boolean isCredential(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (EXACT.contains(lower) || lower.startsWith("x-auth") || lower.endsWith("-key") || lower.endsWith("_key")) {
      return true;
    }
    for (String word : WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
