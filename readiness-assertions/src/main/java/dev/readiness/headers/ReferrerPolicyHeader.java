package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads the policy browsers apply from {@code Referrer-Policy} headers, as the Referrer Policy spec §8.1 does:
 * every header and every comma-separated token is read in order, unknown tokens are ignored, and the last known
 * token wins.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReferrerPolicyHeader {

  /** The header name. */
  public static final String HEADER = "Referrer-Policy";

  /** Every token the spec defines. */
  public static final Set<String> TOKENS = Set.of("no-referrer", "no-referrer-when-downgrade", "same-origin",
      "origin", "strict-origin", "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url");

  private ReferrerPolicyHeader() {}

  /** @return the effective policy token, lower case; empty when no header holds a known token */
  public static Optional<String> effective(List<String> headerValues) {
    String last = null;
    for (String value : headerValues) {
      for (String token : value.split(",", -1)) {
        String candidate = token.strip().toLowerCase(Locale.ROOT);
        if (TOKENS.contains(candidate)) {
          last = candidate;
        }
      }
    }
    return Optional.ofNullable(last);
  }
}
