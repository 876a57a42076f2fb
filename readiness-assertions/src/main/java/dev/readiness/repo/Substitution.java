package dev.readiness.repo;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell-style variable substitution as Dockerfiles and compose files do it: {@code $NAME}, {@code ${NAME}},
 * {@code ${NAME:-default}} and {@code ${NAME-default}}; an unknown variable without a default stays as written.
 */
final class Substitution {

  /** A {@code ${NAME...}} or {@code $NAME} reference; group 1 or 3 is the name, group 2 the default. */
  static final Pattern REFERENCE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  private Substitution() {}

  static String apply(String text, Map<String, String> values) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
      String value = values.get(name);
      if (value == null) {
        value = matcher.group(2) != null ? matcher.group(2) : matcher.group();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
