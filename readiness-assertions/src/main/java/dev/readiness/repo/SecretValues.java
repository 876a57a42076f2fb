package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Pure rules on names and values: which variable names hold secrets, which values are real secrets or references. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SecretValues {

  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL).*");
  private static final Pattern REFERENCE_ONLY =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("://[^:/@\\s]+:([^@\\s]+)@");

  private SecretValues() {}

  /** @return true when the name says the variable holds a secret (password, token, key...), not a path to one */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_NAME.matcher(upper).matches() && !upper.endsWith("_FILE") && !upper.endsWith("_PATH");
  }

  /**
   * @param name the variable's name
   * @param value its value in an example file
   * @return what makes the value a real secret, by {@link SecretShape}: a known key format whatever the name, or
   *     a random-looking token for a variable whose name says it holds a secret; empty for an instruction or a
   *     placeholder ({@code generate-with-openssl-rand-hex-32}, {@code your_password}, {@code ${VAR}})
   */
  public static Optional<String> realSecret(String name, String value) {
    return isSecretName(name) ? SecretShape.of(value) : KeyFormat.find(value).map(KeyFormat::label);
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
