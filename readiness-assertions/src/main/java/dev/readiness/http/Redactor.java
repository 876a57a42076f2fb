package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Removes secrets from anything a person will read: credentials in headers, cookie values, JSON Web Tokens, the
 * password of a URL's user information, token and password fields in JSON bodies, form bodies and query strings,
 * and every secret value registered with {@link #register} in every encoding it can come back in (raw,
 * percent-encoded, form-encoded, JSON-escaped, HTML-escaped, Base64).
 *
 * <p>Guarantee: a value registered here (in any of those encodings), a JWT, a URL's password, or the value of a
 * credential header ({@code Authorization}, {@code Cookie}, {@code Set-Cookie}, any {@code *-Token}, {@code *-Key},
 * {@code *Secret*} or {@code *Session*} header) never appears in the output of {@link #header} or {@link #text}.
 * Whole values are masked, never parts of words: a registered secret shorter than {@value #ANYWHERE_FROM}
 * characters is masked only where it is not glued to other letters or digits, so a password {@code user} leaves
 * {@code username} alone. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Redactor {

  /** What replaces a secret. */
  public static final String MASK = "<redacted>";

  /** From this length on a registered secret is masked wherever it appears, even inside a longer word. */
  public static final int ANYWHERE_FROM = 12;

  private static final String SECRET_NAME =
      "[A-Za-z0-9_.-]*(?:token|password|passwd|pwd|secret|session|api[_-]?key|signature)[A-Za-z0-9_.-]*";
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
  private static final Pattern USERINFO = Pattern.compile(
      "(?i)\\b([a-z][a-z0-9+.-]*://)([^/\\s:@?#]*):([^/\\s@?#]+)@");
  private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
      "(\"(?:" + SECRET_NAME + "|[A-Za-z0-9_-]*(?:authorization|cookie|credential)[A-Za-z0-9_-]*)\"\\s*:\\s*\")"
          + "((?:[^\"\\\\]|\\\\.)*)(\")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "((?<![A-Za-z0-9_.-])" + SECRET_NAME + "=)([^&;\\s\"'#<>,]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESCAPE_BEFORE = Pattern.compile("(?:%[0-9A-Fa-f]{2}|\\\\[nrtbf]|\\\\u[0-9A-Fa-f]{4})$");
  private static final int SHORTEST_SECRET = 4;

  private final Set<String> secrets = new LinkedHashSet<>();
  private volatile Pattern registered;
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  /** @return a redactor that knows no secret values yet */
  public static Redactor create() {
    return new Redactor();
  }

  /**
   * Registers a value that must never be shown (a password, a token), with every encoding it can come back in.
   * Values shorter than four characters are not registered, since masking them would garble ordinary text; they
   * are still masked in the places above.
   *
   * @param secret the value; null is ignored
   */
  public void register(String secret) {
    if (secret != null && secret.length() >= SHORTEST_SECRET) {
      addAll(SecretVariants.of(secret));
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
      labels.put(secret, "<redacted: " + label + ">");
      register(secret);
    }
  }

  /**
   * Registers a password and the Base64 form of {@code user:password} that a Basic {@code Authorization} header
   * carries.
   *
   * @param user the user name, which stays visible
   * @param password the password; null is ignored
   */
  public void registerCredentials(String user, String password) {
    register(password);
    if (user != null && password != null && !password.isEmpty()) {
      addAll(SecretVariants.basic(user, password));
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
    if (SensitiveHeaderNames.isCredential(name)) {
      return credential(value);
    }
    if (name.equalsIgnoreCase("set-cookie")) {
      return setCookie(value);
    }
    return text(value);
  }

  /** @return the text with JWTs, URL passwords, secret fields and parameters, and registered secrets masked */
  public String text(String text) {
    String out = text;
    for (Map.Entry<String, String> labelled : Map.copyOf(labels).entrySet()) {
      out = out.replace(labelled.getKey(), labelled.getValue());
    }
    out = USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + ":"
        + MASK + "@"));
    out = JWT.matcher(out).replaceAll(MASK);
    out = SECRET_JSON_FIELD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    out = SECRET_PARAMETER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    Pattern known = registered;
    return known == null ? out : maskRegistered(out, known);
  }

  private synchronized void addAll(Collection<String> variants) {
    boolean added = false;
    for (String variant : variants) {
      added |= variant.length() >= SHORTEST_SECRET && secrets.add(variant);
    }
    if (added) {
      List<String> longestFirst = new ArrayList<>(secrets);
      longestFirst.sort(Comparator.comparingInt(String::length).reversed());
      registered = Pattern.compile(longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }
  }

  private static String maskRegistered(String text, Pattern known) {
    Matcher m = known.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      if (isWholeValue(text, m.start(), m.end())) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, m.start()).append(MASK);
        copied = m.end();
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isWholeValue(String text, int start, int end) {
    if (end - start >= ANYWHERE_FROM) {
      return true;
    }
    boolean freeBefore = start == 0 || !glued(text.charAt(start - 1), text.charAt(start))
        || ESCAPE_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    boolean freeAfter = end == text.length() || !glued(text.charAt(end), text.charAt(end - 1));
    return freeBefore && freeAfter;
  }

  private static boolean glued(char outside, char inside) {
    return Character.isLetterOrDigit(outside) && Character.isLetterOrDigit(inside);
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
