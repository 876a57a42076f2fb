package dev.readiness.cors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code Access-Control-*} and {@code Vary} headers of one response, parsed as the Fetch standard reads them.
 *
 * <p>{@code Access-Control-Allow-Origin} must hold exactly one value: several header lines or a comma list are
 * invalid and grant nothing ({@link #allowOrigin()} is then empty and {@link #allowOriginInvalid()} true).
 * {@code Access-Control-Allow-Credentials} grants only when its value is exactly {@code true}. Method and header
 * lists are comma-separated tokens; header names are compared case-insensitively.
 *
 * @param allowOriginLines every {@code Access-Control-Allow-Origin} value as sent
 * @param allowCredentials true when {@code Access-Control-Allow-Credentials} is exactly {@code true}
 * @param allowMethods the tokens of {@code Access-Control-Allow-Methods}
 * @param allowHeaders the tokens of {@code Access-Control-Allow-Headers}, lower-cased
 * @param vary the tokens of {@code Vary}, lower-cased
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorsHeaders(List<String> allowOriginLines, boolean allowCredentials, List<String> allowMethods,
    List<String> allowHeaders, List<String> vary) {

  /** Copies the lists. */
  public CorsHeaders {
    allowOriginLines = List.copyOf(allowOriginLines);
    allowMethods = List.copyOf(allowMethods);
    allowHeaders = List.copyOf(allowHeaders);
    vary = List.copyOf(vary);
  }

  /**
   * Parses the CORS headers of a response; never throws, whatever the values hold.
   *
   * @param headers the response headers
   * @return the parsed headers
   */
  public static CorsHeaders parse(HttpHeaders headers) {
    List<String> origins = headers.all("Access-Control-Allow-Origin").stream().map(String::strip).toList();
    List<String> credentials = headers.all("Access-Control-Allow-Credentials");
    boolean allowCredentials = credentials.size() == 1 && credentials.get(0).strip().equals("true");
    return new CorsHeaders(origins, allowCredentials,
        tokens(headers.all("Access-Control-Allow-Methods"), false),
        tokens(headers.all("Access-Control-Allow-Headers"), true),
        tokens(headers.all("Vary"), true));
  }

  /** @return the single valid allowed origin ({@code *}, {@code null} or an origin); empty when absent or invalid */
  public Optional<String> allowOrigin() {
    if (allowOriginLines.size() != 1) {
      return Optional.empty();
    }
    String value = allowOriginLines.get(0);
    return value.isEmpty() || value.contains(",") || value.contains(" ") ? Optional.empty() : Optional.of(value);
  }

  /** @return true when the header is present but not exactly one value: several lines, a list or empty */
  public boolean allowOriginInvalid() {
    return !allowOriginLines.isEmpty() && allowOrigin().isEmpty();
  }

  /** @return true when the response is readable by any origin ({@code Access-Control-Allow-Origin: *}) */
  public boolean isWildcard() {
    return allowOrigin().filter("*"::equals).isPresent();
  }

  /**
   * @param origin the {@code Origin} the request carried
   * @return true when the response names exactly this origin (case-sensitive, as browsers compare)
   */
  public boolean names(String origin) {
    return allowOrigin().filter(origin::equals).isPresent();
  }

  /**
   * @param origin the {@code Origin} the request carried
   * @return true when a browser at this origin may read the response: it is named, or {@code *} is sent
   */
  public boolean grants(String origin) {
    return names(origin) || isWildcard();
  }

  /** @return true when {@code Vary} names {@code Origin} or is {@code *} */
  public boolean variesByOrigin() {
    return vary.contains("origin") || vary.contains("*");
  }

  /** @return true when {@code Access-Control-Allow-Headers} is {@code *} or lists {@code Authorization} */
  public boolean allowsHeader(String name) {
    return allowHeaders.contains("*") || allowHeaders.contains(name.toLowerCase(Locale.ROOT));
  }

  /** @return a short rendering of the headers that were present, for messages */
  public String describe() {
    List<String> parts = new ArrayList<>();
    allowOriginLines.forEach(v -> parts.add("Access-Control-Allow-Origin: " + v));
    if (allowCredentials) {
      parts.add("Access-Control-Allow-Credentials: true");
    }
    return parts.isEmpty() ? "no Access-Control-Allow-Origin" : String.join(", ", parts);
  }

  private static List<String> tokens(List<String> values, boolean lowerCase) {
    List<String> tokens = new ArrayList<>();
    for (String value : values) {
      for (String token : value.split(",", -1)) {
        String t = token.strip();
        if (!t.isEmpty()) {
          tokens.add(lowerCase ? t.toLowerCase(Locale.ROOT) : t);
        }
      }
    }
    return tokens;
  }
}
