package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A request a probe sends: method, absolute URL, headers and an optional body. Immutable; build it with
 * {@link #get(URI)} or {@link #builder(String, URI)}.
 *
 * @param method the HTTP method, upper case
 * @param url the absolute URL
 * @param headers the headers to send
 * @param body the body bytes, empty for none
 * @param contentType the body's media type, or null for none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProbeRequest(String method, URI url, HttpHeaders headers, byte[] body, String contentType) {

  private static final java.util.Set<String> METHODS_WITH_BODY = java.util.Set.of("POST", "PUT", "PATCH");

  /** Validates the parts; the body array is copied. */
  public ProbeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body.clone();
  }

  /** @return a GET of the URL with no extra headers */
  public static ProbeRequest get(URI url) {
    return builder("GET", url).build();
  }

  /** @return a builder for a request with the given method and URL */
  public static Builder builder(String method, URI url) {
    return new Builder(method, url);
  }

  /** @return a builder holding this request's method, URL, headers and body, to send a variant of it */
  public Builder toBuilder() {
    Builder builder = new Builder(method, url);
    builder.headers.addAll(headers.lines());
    builder.body = body.clone();
    builder.contentType = contentType;
    return builder;
  }

  /** @return whether the request goes out with a body and its length: it has one, or its method needs one even empty */
  boolean sendsBody() {
    return body.length > 0 || METHODS_WITH_BODY.contains(method);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbeRequest r
        && method.equals(r.method)
        && url.equals(r.url)
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body)
        && Objects.equals(contentType, r.contentType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, url, headers, java.util.Arrays.hashCode(body), contentType);
  }

  @Override
  public String toString() {
    return method + " " + url;
  }

  /** Builds a {@link ProbeRequest}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final String method;
    private final URI url;
    private final List<HttpHeader> headers = new ArrayList<>();
    private byte[] body;
    private String contentType;

    private Builder(String method, URI url) {
      this.method = method.toUpperCase(java.util.Locale.ROOT);
      this.url = url;
    }

    /** @return this builder, with one more header line */
    public Builder header(String name, String value) {
      headers.add(new HttpHeader(name, value));
      return this;
    }

    /** @return this builder, with a UTF-8 text body of the given media type */
    public Builder body(String text, String mediaType) {
      return body(text.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /** @return this builder, with a body of the given media type */
    public Builder body(byte[] bytes, String mediaType) {
      this.body = bytes;
      this.contentType = mediaType;
      return this;
    }

    /** @return the request */
    public ProbeRequest build() {
      return new ProbeRequest(method, url, new HttpHeaders(headers), body, contentType);
    }
  }
}
