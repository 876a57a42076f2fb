package dev.readiness.hsts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A {@code Strict-Transport-Security} header value parsed by the grammar of RFC 6797 section 6.1: directives
 * separated by {@code ;}, names case-insensitive tokens, values tokens or quoted strings, each directive at most
 * once, {@code max-age} required and made of digits. Unknown directives are ignored; anything that breaks the
 * grammar makes the whole header invalid, as a browser ignores it.
 *
 * @param maxAgeSeconds the {@code max-age} value in seconds (capped at {@link Long#MAX_VALUE})
 * @param includeSubDomains whether {@code includeSubDomains} is present
 * @param preload whether {@code preload} is present
 * @param maxAgeQuoted whether max-age was written as a quoted string (valid, but rejected by hstspreload.org)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HstsHeader(long maxAgeSeconds, boolean includeSubDomains, boolean preload, boolean maxAgeQuoted) {

  /**
   * Parses a header value.
   *
   * @param raw the value as received, possibly null
   * @return the parsed header, or the reason it is invalid; never throws
   */
  public static HstsParse parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return HstsParse.invalid("the header value is empty");
    }
    Set<String> seen = new HashSet<>();
    Long maxAge = null;
    boolean quoted = false;
    boolean subDomains = false;
    boolean preload = false;
    for (String part : HstsDirectives.split(raw)) {
      HstsDirectives.Directive directive;
      try {
        directive = HstsDirectives.directive(part);
      } catch (IllegalArgumentException e) {
        return HstsParse.invalid(e.getMessage());
      }
      if (directive == null) {
        continue;
      }
      String name = directive.name().toLowerCase(Locale.ROOT);
      if (!seen.add(name)) {
        return HstsParse.invalid("directive '" + directive.name() + "' appears more than once");
      }
      switch (name) {
        case "max-age" -> {
          if (directive.value() == null) {
            return HstsParse.invalid("max-age has no value");
          }
          if (!directive.value().matches("[0-9]+")) {
            return HstsParse.invalid("max-age value '" + directive.value() + "' is not a number of seconds");
          }
          maxAge = seconds(directive.value());
          quoted = directive.quoted();
        }
        case "includesubdomains" -> {
          if (directive.value() != null) {
            return HstsParse.invalid("includeSubDomains takes no value");
          }
          subDomains = true;
        }
        case "preload" -> {
          if (directive.value() != null) {
            return HstsParse.invalid("preload takes no value");
          }
          preload = true;
        }
        default -> {
          // RFC 6797 6.1: unknown directives are ignored
        }
      }
    }
    if (maxAge == null) {
      return HstsParse.invalid("the required max-age directive is missing");
    }
    return HstsParse.valid(new HstsHeader(maxAge, subDomains, preload, quoted));
  }

  /** @return max-age as a duration */
  public Duration maxAge() {
    return Duration.ofSeconds(maxAgeSeconds);
  }

  private static long seconds(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    return trimmed.length() > 18 ? Long.MAX_VALUE : Long.parseLong(trimmed);
  }
}
