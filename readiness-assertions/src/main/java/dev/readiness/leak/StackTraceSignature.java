package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.Redactor;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One sign that a response body holds a stack trace, a framework debug page or server internals.
 *
 * @param name what the sign reveals, such as {@code a Java stack frame}
 * @param pattern what it looks like
 * @param secret true when the matching text may hold a credential (a connection string), so only its first
 *     characters are shown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StackTraceSignature(String name, Pattern pattern, boolean secret) {

  private static final int EXCERPT = 120;
  private static final int SECRET_PREFIX = 12;

  /** Validates that both parts are present. */
  public StackTraceSignature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * @param body a response body
   * @return the matching text on one line, at most 120 characters (for a secret only its start, then
   *     {@link Redactor#MASK}), when the body shows this sign
   */
  public Optional<String> find(String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String text = matcher.group().replaceAll("\\s+", " ").strip();
    if (secret) {
      return Optional.of(text.substring(0, Math.min(SECRET_PREFIX, text.length())) + Redactor.MASK);
    }
    return Optional.of(text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text);
  }
}
