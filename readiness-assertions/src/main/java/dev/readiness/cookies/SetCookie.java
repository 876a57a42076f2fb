package dev.readiness.cookies;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One {@code Set-Cookie} header parsed as RFC 6265bis §5.6 does: the first {@code ;}-separated part is
 * {@code name=value} (without {@code =}, the name is empty and the part is the value), the other parts are
 * attributes whose names are case-insensitive and trimmed; for a repeated attribute the last one wins. Unknown
 * attributes are kept but mean nothing.
 *
 * @param name the cookie name, possibly empty
 * @param value the cookie value (a secret: never shown)
 * @param attributes attribute names in lower case to their trimmed values ({@code ""} for flags)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SetCookie(String name, String value, Map<String, String> attributes) {

  /** Copies the attributes, keeping their order. */
  public SetCookie {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** @return the cookie the header sets; empty when it sets none (an empty name and value) */
  public static Optional<SetCookie> parse(String header) {
    String[] parts = header.split(";", -1);
    String pair = parts[0];
    int equals = pair.indexOf('=');
    String name = equals < 0 ? "" : pair.substring(0, equals).strip();
    String value = equals < 0 ? pair.strip() : pair.substring(equals + 1).strip();
    if (name.isEmpty() && value.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      int eq = part.indexOf('=');
      String attribute = (eq < 0 ? part : part.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      if (!attribute.isEmpty()) {
        attributes.put(attribute, eq < 0 ? "" : part.substring(eq + 1).strip());
      }
    }
    return Optional.of(new SetCookie(name, value, attributes));
  }

  /** @return true with the {@code Secure} attribute */
  public boolean secure() {
    return attributes.containsKey("secure");
  }

  /** @return true with the {@code HttpOnly} attribute */
  public boolean httpOnly() {
    return attributes.containsKey("httponly");
  }

  /** @return the {@code SameSite} value as sent, when present */
  public Optional<String> sameSite() {
    return Optional.ofNullable(attributes.get("samesite"));
  }

  /** @return the {@code Domain} value, when present */
  public Optional<String> domain() {
    return Optional.ofNullable(attributes.get("domain"));
  }

  /** @return the {@code Path} value, when present */
  public Optional<String> path() {
    return Optional.ofNullable(attributes.get("path"));
  }

  /** @return true when the header deletes the cookie: {@code Max-Age} of zero or less */
  public boolean deletes() {
    String maxAge = attributes.get("max-age");
    return maxAge != null && maxAge.matches("-?\\d+") && (maxAge.startsWith("-") || maxAge.matches("0+"));
  }

  /** @return the name and attributes, never the value */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name).append("=<value>");
    attributes.forEach((attribute, v) -> text.append("; ").append(attribute).append(v.isEmpty() ? "" : "=" + v));
    return text.toString();
  }
}
