package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One request and the response it got, unredacted, as policies need it. The body is bounded: at most the
 * probe's body limit is kept, and {@link #bodyTruncated()} says whether more was sent.
 *
 * @param request what was sent
 * @param status the response status code
 * @param protocol the protocol of the response, for example {@code http/1.1} or {@code h2}
 * @param headers the response headers
 * @param body the response body decoded as text, bounded
 * @param bodyTruncated true when the server sent more than the bound
 * @param sentAt when the request was sent
 * @param elapsed time until the body was read
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HttpExchange(
    ProbeRequest request,
    int status,
    String protocol,
    HttpHeaders headers,
    String body,
    boolean bodyTruncated,
    Instant sentAt,
    Duration elapsed) {

  /** Validates that every part is present. */
  public HttpExchange {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** @return the URL that was requested */
  public URI url() {
    return request.url();
  }

  /** @return true when the request went over HTTPS */
  public boolean isHttps() {
    return "https".equalsIgnoreCase(request.url().getScheme());
  }

  /** @return the first response header with this name */
  public Optional<String> header(String name) {
    return headers.first(name);
  }

  /** @return true for 2xx statuses */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** @return true for 301, 302, 303, 307 and 308 */
  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** @return {@code GET https://host/path -> 200}, safe to show */
  public String summary() {
    return request.method() + " " + request.url() + " -> " + status;
  }
}
