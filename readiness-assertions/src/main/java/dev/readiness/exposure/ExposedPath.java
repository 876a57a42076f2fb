package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A path that must not be served, and how its real content looks, so that a page served for every path (an SPA
 * fallback, a soft 404) is not mistaken for it.
 *
 * @param name the name {@code exposure.allow} uses to allow it, such as {@code docs}
 * @param path the path requested
 * @param content what the real content is, for messages, such as {@code KEY=value lines}
 * @param signature true for a body that has the real content
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExposedPath(String name, String path, String content, Predicate<String> signature) {

  private static final Pattern HTML = Pattern.compile("<(?:!doctype|html|head|body)\\b", Pattern.CASE_INSENSITIVE);

  /** Validates that every part is present. */
  public ExposedPath {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(signature, "signature");
  }

  /** @return a path whose real content matches the pattern somewhere */
  static ExposedPath matching(String name, String path, String content, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    return new ExposedPath(name, path, content, body -> pattern.matcher(body).find());
  }

  /** @return a path whose real content matches the pattern and is not an HTML page */
  static ExposedPath matchingNonHtml(String name, String path, String content, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
    return new ExposedPath(name, path, content, body -> !HTML.matcher(body).find() && pattern.matcher(body).find());
  }
}
