package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Removes secrets from anything a person will read: credentials in headers, cookie values, JSON Web Tokens,
 * token and password fields in JSON bodies, and every secret value registered with {@link #register}.
 *
 * <p>Guarantee: a value registered here, a JWT, or the value of an {@code Authorization}, {@code Cookie} or
 * {@code Set-Cookie} header never appears in the output of {@link #header} or {@link #text}. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Redactor {

  /** What replaces a secret. */
  public static final String MASK = "<redacted>";

  private static final Set<String> CREDENTIAL_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "x-api-key", "x-auth-token", "x-csrf-token");
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
  private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
      "(\"[A-Za-z_-]*(?:token|password|passwd|secret|session|api[_-]?key)[A-Za-z_-]*\"\\s*:\\s*\")([^\"]*)(\")",
      Pattern.CASE_INSENSITIVE);
  private static final int SHORTEST_SECRET = 4;

  private final Set<String> secrets = new CopyOnWriteArraySet<>();
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  /** @return a redactor that knows no secret values yet */
  public static Redactor create() {
    return new Redactor();
  }

  /**
   * Registers a value that must never be shown (a password, a token). Values shorter than four characters are
   * not registered, since masking them would garble ordinary text; they are still masked in the places above.
   *
   * @param secret the value; null is ignored
   */
  public void register(String secret) {
    if (secret != null && secret.length() >= SHORTEST_SECRET) {
      secrets.add(secret);
    }
  }

  /**
   * Registers a value that must never be shown, masked as {@code <redacted: label>} so that people can tell
   * several such values apart (eleven forged tokens, each named by its variant). The label is shown as given: it
   * must not hold the secret.
   *
   * @param secret the value; null is ignored
   * @param label what the value is, for example {@code forged: alg none}
   */
  public void register(String secret, String label) {
    if (secret != null && secret.length() >= SHORTEST_SECRET) {
      secrets.add(secret);
      labels.put(secret, "<redacted: " + label + ">");
    }
  }

  /** @param values values to register, see {@link #register(String)} */
  public void registerAll(Collection<String> values) {
    values.forEach(this::register);
  }

  /**
   * @param name the header's name
   * @param value its value
   * @return the value fit to show: credentials masked, cookie values masked with names and attributes kept
   */
  public String header(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (CREDENTIAL_HEADERS.contains(lower)) {
      return credential(value);
    }
    if (lower.equals("set-cookie")) {
      return setCookie(value);
    }
    return text(value);
  }

  /** @return the text with JWTs, secret JSON fields and registered secrets masked */
  public String text(String text) {
    String out = text;
    for (Map.Entry<String, String> labelled : Map.copyOf(labels).entrySet()) {
      out = out.replace(labelled.getKey(), labelled.getValue());
    }
    out = JWT.matcher(out).replaceAll(MASK);
    Matcher field = SECRET_JSON_FIELD.matcher(out);
    out = field.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    for (String secret : List.copyOf(secrets)) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  private String credential(String value) {
    int space = value.indexOf(' ');
    if (space > 0 && space < 16 && !value.contains("=")) {
      return value.substring(0, space) + " " + labels.getOrDefault(value.substring(space + 1).strip(), MASK);
    }
    return MASK;
  }

  private String setCookie(String value) {
    int equals = value.indexOf('=');
    if (equals < 0) {
      return MASK;
    }
    int semicolon = value.indexOf(';', equals);
    String attributes = semicolon < 0 ? "" : value.substring(semicolon);
    return value.substring(0, equals + 1) + MASK + text(attributes);
  }
}
