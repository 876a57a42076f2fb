package dev.readiness.hsts;

import java.util.ArrayList;
import java.util.List;

/** Splits an HSTS header into directives and reads one directive, by the grammar of RFC 6797 section 6.1. */
final class HstsDirectives {

  /** A directive: its name, its value (null when valueless), and whether the value was a quoted string. */
  record Directive(String name, String value, boolean quoted) {}

  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  private HstsDirectives() {}

  /** Splits on {@code ;} outside quoted strings; an unterminated quoted string stays in its part. */
  static List<String> split(String raw) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (inQuotes && c == '\\' && i + 1 < raw.length()) {
        current.append(c).append(raw.charAt(++i));
        continue;
      }
      if (c == '"') {
        inQuotes = !inQuotes;
      }
      if (c == ';' && !inQuotes) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  /**
   * Reads one directive.
   *
   * @return the directive, or null for an empty part (allowed by the grammar)
   * @throws IllegalArgumentException with the reason when the part breaks the grammar
   */
  static Directive directive(String part) {
    String trimmed = part.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    int equals = trimmed.indexOf('=');
    String name = (equals < 0 ? trimmed : trimmed.substring(0, equals)).strip();
    if (!isToken(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a valid directive name");
    }
    if (equals < 0) {
      return new Directive(name, null, false);
    }
    String value = trimmed.substring(equals + 1).strip();
    if (value.startsWith("\"")) {
      return new Directive(name, unquote(name, value), true);
    }
    if (!isToken(value)) {
      throw new IllegalArgumentException("value '" + value + "' of " + name + " is neither a token nor a quoted string");
    }
    return new Directive(name, value, false);
  }

  private static String unquote(String name, String value) {
    StringBuilder out = new StringBuilder();
    int i = 1;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        out.append(value.charAt(i + 1));
        i += 2;
      } else if (c == '"') {
        if (i != value.length() - 1) {
          throw new IllegalArgumentException("text follows the quoted value of " + name);
        }
        return out.toString();
      } else {
        out.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("quoted value of " + name + " is not terminated");
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 32 || c >= 127 || SEPARATORS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
