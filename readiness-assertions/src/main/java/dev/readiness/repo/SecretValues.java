package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Pure rules on names and values: which variable names hold secrets, which values are placeholders or references. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SecretValues {

  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL).*");
  private static final Pattern REFERENCE_ONLY =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("://[^:/@\\s]+:([^@\\s]+)@");
  private static final List<String> PLACEHOLDER_WORDS = List.of("your", "change", "example", "placeholder",
      "replace", "dummy", "todo", "fixme", "sample", "redacted", "...", "xxx", "<", "***");

  private SecretValues() {}

  /** @return true when the name says the variable holds a secret (password, token, key...), not a path to one */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_NAME.matcher(upper).matches() && !upper.endsWith("_FILE") && !upper.endsWith("_PATH");
  }

  /** @return true when the value is empty or an obvious placeholder such as {@code your_password} or {@code changeme} */
  public static boolean isPlaceholder(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.isEmpty() || PLACEHOLDER_WORDS.stream().anyMatch(lower::contains) || isReference(value);
  }

  /** @return true when the whole value is one variable reference without a literal default */
  public static boolean isReference(String value) {
    Matcher matcher = REFERENCE_ONLY.matcher(value.strip());
    return matcher.matches() && (matcher.group(3) == null || matcher.group(2).endsWith("?")
        || matcher.group(3).isEmpty());
  }

  /** @return true when the value embeds {@code user:password@} with a literal password */
  public static boolean hasUrlCredentials(String value) {
    Matcher matcher = URL_CREDENTIALS.matcher(value);
    return matcher.find() && !isReference(matcher.group(1));
  }
}
