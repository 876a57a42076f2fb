package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The header lines of a request or response, in order, with case-insensitive look-up. Repeated headers stay
 * separate lines, so policies can tell {@code a, b} from two headers.
 *
 * @param lines every header line in order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HttpHeaders(List<HttpHeader> lines) {

  /** No headers at all. */
  public static final HttpHeaders NONE = new HttpHeaders(List.of());

  /** Copies the lines. */
  public HttpHeaders {
    lines = List.copyOf(lines);
  }

  /** @return the value of the first header with this name, compared case-insensitively */
  public Optional<String> first(String name) {
    return lines.stream().filter(h -> h.is(name)).map(HttpHeader::value).findFirst();
  }

  /** @return the values of every header with this name, in order */
  public List<String> all(String name) {
    return lines.stream().filter(h -> h.is(name)).map(HttpHeader::value).toList();
  }

  /** @return true when at least one header has this name */
  public boolean contains(String name) {
    return lines.stream().anyMatch(h -> h.is(name));
  }
}
