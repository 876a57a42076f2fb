package dev.readiness.auth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads tokens out of a login or refresh response: from the JSON body at the configured JSON pointers, else from a
 * {@code Set-Cookie} whose name mentions a token or whose value is a JWT. Pure: never throws for any body or
 * header text; an invalid pointer is reported as {@link IllegalArgumentException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TokenReader {

  /** The pointer used when the profile names none. */
  public static final String DEFAULT_ACCESS_POINTER = "/access_token";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TokenReader() {}

  /**
   * @param body the response body, any text
   * @param headers the response headers
   * @param accessPointer JSON pointer to the access token
   * @param refreshPointer JSON pointer to the refresh token, if any
   * @return the tokens, empty when no access token can be found
   * @throws IllegalArgumentException when a pointer is not a valid JSON pointer (RFC 6901)
   */
  public static Optional<IssuedTokens> read(String body, HttpHeaders headers, String accessPointer,
      Optional<String> refreshPointer) {
    JsonPointer access = pointer(accessPointer);
    Optional<JsonPointer> refresh = refreshPointer.map(TokenReader::pointer);
    Optional<Instant> date = headers.first("Date").flatMap(TokenReader::httpDate);
    Optional<JsonNode> json = json(body);
    Optional<String> refreshToken = json.flatMap(node -> refresh.flatMap(p -> text(node.at(p))))
        .or(() -> refresh.flatMap(p -> cookie(headers, lastSegment(p)).map(c -> c[1])));
    Optional<String> fromBody = json.flatMap(node -> text(node.at(access)));
    if (fromBody.isPresent()) {
      return Optional.of(new IssuedTokens(fromBody.get(), refreshToken, Optional.empty(), date));
    }
    return cookie(headers, lastSegment(access))
        .map(c -> new IssuedTokens(c[1], refreshToken, Optional.of(c[0]), date));
  }

  /** @return the instant of an RFC 1123 HTTP date, empty when the text is not one */
  public static Optional<Instant> httpDate(String text) {
    try {
      return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonPointer pointer(String text) {
    try {
      return JsonPointer.compile(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a JSON pointer: " + e.getMessage());
    }
  }

  private static Optional<JsonNode> json(String body) {
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.textValue().isBlank() ? Optional.of(node.textValue()) : Optional.empty();
  }

  private static String lastSegment(JsonPointer pointer) {
    JsonPointer last = pointer.last();
    return last == null ? "" : last.getMatchingProperty().toLowerCase(Locale.ROOT);
  }

  /** @return {name, value} of the cookie named like {@code wanted}, else of the first cookie holding a JWT */
  private static Optional<String[]> cookie(HttpHeaders headers, String wanted) {
    Optional<String[]> byName = Optional.empty();
    Optional<String[]> byShape = Optional.empty();
    for (HttpHeader header : headers.lines()) {
      if (!header.name().equalsIgnoreCase("Set-Cookie")) {
        continue;
      }
      String pair = header.value().split(";", 2)[0];
      int equals = pair.indexOf('=');
      String[] cookie = {pair.substring(0, Math.max(equals, 0)).trim(), pair.substring(equals + 1).trim()};
      if (equals <= 0 || cookie[1].isEmpty()) {
        continue;
      }
      String name = cookie[0].toLowerCase(Locale.ROOT).replace("-", "_");
      if (byName.isEmpty() && !wanted.isEmpty() && name.equals(wanted.replace("-", "_"))) {
        byName = Optional.of(cookie);
      }
      if (byShape.isEmpty() && cookie[1].startsWith("eyJ") && cookie[1].chars().filter(c -> c == '.').count() == 2) {
        byShape = Optional.of(cookie);
      }
    }
    return byName.isPresent() ? byName : byShape;
  }
}
