package dev.readiness.profile;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${env:NAME}} and {@code ${env:NAME:-default}} in profile values by environment
 * variables. Any other {@code ${...}}, such as the body template's {@code ${user}}, is left as it is.
 * Replacements are not scanned again, so a variable's value cannot pull in another variable.
 */
final class EnvReferences {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String DEFAULT_SEPARATOR = ":-";

  private final Map<String, String> variables;

  EnvReferences(Map<String, String> variables) {
    this.variables = Map.copyOf(Objects.requireNonNull(variables, "env"));
  }

  /**
   * @param text a profile value
   * @return the value with every environment reference replaced; {@code ${env:NAME:-default}} uses
   *     the default when the variable is unset or empty
   * @throws IllegalArgumentException naming the variable when it is unset and has no default, or
   *     the reference when it is malformed
   */
  String resolve(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(valueOf(matcher.group(1))));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private String valueOf(String reference) {
    int separator = reference.indexOf(DEFAULT_SEPARATOR);
    String name = separator < 0 ? reference : reference.substring(0, separator);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'${env:" + reference + "}' is not a valid environment reference;"
          + " use ${env:NAME} or ${env:NAME:-default}");
    }
    String value = variables.get(name);
    if (separator >= 0) {
      return value == null || value.isEmpty()
          ? reference.substring(separator + DEFAULT_SEPARATOR.length())
          : value;
    }
    if (value == null) {
      throw new IllegalArgumentException(
          "environment variable " + name + " is not set and has no default (use ${env:" + name + ":-default})");
    }
    return value;
  }
}
