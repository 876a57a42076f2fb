package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One {@code Origin} value a CORS probe sends, with the class it belongs to.
 *
 * @param kind why this origin is sent
 * @param origin the exact {@code Origin} header value
 * @param source the configured allowed origin it is derived from; empty for foreign and {@code null} origins
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OriginVariant(Kind kind, String origin, String source) {

  /** Validates that every part is present. */
  public OriginVariant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
  }

  /** The classes of origins, after CORScanner and PortSwigger. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A configured allowed origin (positive control). */
    ALLOWED("allowed origin"),
    /** A random origin on a reserved domain, {@code https://<random>.example}. */
    FOREIGN("foreign origin"),
    /** The opaque origin {@code null} of sandboxed iframes and {@code data:} URLs. */
    NULL("null origin"),
    /** Any prefix before the host: {@code https://evilapp.example.com}. */
    SUFFIX("suffix match"),
    /** The allowed origin followed by a foreign domain: {@code https://app.example.com.evil.example}. */
    PREFIX("prefix match"),
    /** A dot of the host replaced by a letter: {@code https://appxexample.com}. */
    UNESCAPED_DOT("unescaped dot"),
    /** The host cut short: {@code https://app.example.co}. */
    SUBSTRING("substring match"),
    /** A subdomain of the allowed host: {@code https://evil.app.example.com}. */
    ANY_SUBDOMAIN("any subdomain"),
    /** The allowed host over plain HTTP: {@code http://app.example.com}. */
    SCHEME_HTTP("https origin trusts http");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** @return a short human name of the class */
    public String label() {
      return label;
    }

    /** @return true for the look-alike classes {@code cors.bypass} owns */
    public boolean isLookAlike() {
      return this != ALLOWED && this != FOREIGN && this != NULL;
    }
  }
}
