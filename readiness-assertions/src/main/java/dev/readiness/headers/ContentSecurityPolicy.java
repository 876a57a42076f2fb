package dev.readiness.headers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One parsed Content-Security-Policy, as CSP Level 3 §2.2 reads a serialized policy: directives separated by
 * {@code ;}, a directive name (case-insensitive) followed by whitespace-separated source expressions. A repeated
 * directive is ignored after its first occurrence, a directive with an invalid name is ignored, and keyword sources
 * ({@code 'self'}, {@code 'unsafe-inline'}, ...) and scheme sources are compared case-insensitively. Nonces and
 * hashes keep their case.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentSecurityPolicy {

  private static final Pattern DIRECTIVE_NAME = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern NONCE_OR_HASH = Pattern.compile("'(nonce|sha256|sha384|sha512)-[^']+'",
      Pattern.CASE_INSENSITIVE);

  private final Map<String, List<String>> directives;

  private ContentSecurityPolicy(Map<String, List<String>> directives) {
    this.directives = Collections.unmodifiableMap(directives);
  }

  /**
   * Parses every policy in the header values: each header is a policy, and a comma inside a header separates
   * policies too (RFC 9110 list syntax), so {@code a, b} and two headers mean the same.
   *
   * @param headerValues the values of every {@code Content-Security-Policy} header, in order
   * @return the policies, none for no header; a blank policy parses as one with no directives
   */
  public static List<ContentSecurityPolicy> parseAll(List<String> headerValues) {
    List<ContentSecurityPolicy> policies = new ArrayList<>();
    for (String value : headerValues) {
      for (String serialized : value.split(",", -1)) {
        policies.add(parse(serialized));
      }
    }
    return policies;
  }

  /** @return the one policy in the text; never null, possibly with no directives */
  public static ContentSecurityPolicy parse(String serialized) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String token : serialized.split(";", -1)) {
      String[] parts = token.strip().split("[ \t\n\f\r]+");
      if (parts[0].isEmpty() || !DIRECTIVE_NAME.matcher(parts[0]).matches()) {
        continue;
      }
      List<String> sources = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        sources.add(normalized(parts[i]));
      }
      directives.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), List.copyOf(sources));
    }
    return new ContentSecurityPolicy(directives);
  }

  /** @return the directive's source list, empty when the directive is absent */
  public Optional<List<String>> directive(String name) {
    return Optional.ofNullable(directives.get(name.toLowerCase(Locale.ROOT)));
  }

  /** @return the sources scripts are checked against: {@code script-src}, else {@code default-src} */
  public Optional<List<String>> scriptSources() {
    return directive("script-src").or(() -> directive("default-src"));
  }

  /** @return true when the policy has no valid directive at all */
  public boolean isEmpty() {
    return directives.isEmpty();
  }

  /** @return true when the source is a nonce ({@code 'nonce-...'}) or a hash ({@code 'sha256-...'}) */
  public static boolean isNonceOrHash(String source) {
    return NONCE_OR_HASH.matcher(source).matches();
  }

  private static String normalized(String source) {
    if (isNonceOrHash(source)) {
      return source;
    }
    boolean keywordOrScheme = source.startsWith("'") || source.endsWith(":");
    return keywordOrScheme ? source.toLowerCase(Locale.ROOT) : source;
  }

  /** @return the policy as directives and sources, normalized */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    directives.forEach((name, sources) -> parts.add(sources.isEmpty() ? name : name + " " + String.join(" ", sources)));
    return String.join("; ", parts);
  }
}
