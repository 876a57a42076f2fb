package dev.readiness.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A {@link ProbeRequest} encoded once as HTTP/1.1 bytes, to be written as is on every keep-alive connection of a
 * burst: request line, {@code Host}, the request's headers, {@code User-Agent} unless the request has one,
 * {@code Content-Type} and {@code Content-Length} for a body. Header names and values that could split the request
 * (CR, LF, NUL, a name that is not a token) are refused.
 */
final class Http1Request {

  private Http1Request() {}

  /**
   * @param request the request to encode
   * @param userAgent the {@code User-Agent} sent when the request has none
   * @return the bytes of the request, head and body
   * @throws ProbeException naming the request when it cannot be sent as HTTP/1.1
   */
  static byte[] encode(ProbeRequest request, String userAgent) {
    URI url = request.url();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new ProbeException("not a valid http(s) URL: " + url);
    }
    requireToken(request, "method", request.method());
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    StringBuilder head = new StringBuilder(256);
    head.append(request.method()).append(' ').append(requireSafe(request, target)).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(authority(url, scheme)).append("\r\n");
    for (HttpHeader h : request.headers().lines()) {
      requireToken(request, "header name", h.name());
      head.append(h.name()).append(": ").append(requireSafe(request, h.value())).append("\r\n");
    }
    if (!request.headers().contains("User-Agent")) {
      head.append("User-Agent: ").append(userAgent).append("\r\n");
    }
    byte[] body = request.body();
    if (request.contentType() != null && !request.headers().contains("Content-Type")) {
      head.append("Content-Type: ").append(requireSafe(request, request.contentType())).append("\r\n");
    }
    if (request.sendsBody()) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
    System.arraycopy(body, 0, bytes, headBytes.length, body.length);
    return bytes;
  }

  private static String authority(URI url, String scheme) {
    String host = url.getHost();
    int port = url.getPort();
    boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
    return defaultPort ? host : host + ":" + port;
  }

  private static void requireToken(ProbeRequest request, String what, String value) {
    if (value.isEmpty()) {
      throw new ProbeException("cannot send " + request + ": empty " + what);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        throw new ProbeException("cannot send " + request + ": invalid " + what + " " + printable(value));
      }
    }
  }

  private static String requireSafe(ProbeRequest request, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new ProbeException("cannot send " + request + ": a header or the request line holds CR, LF or NUL");
      }
    }
    return value;
  }

  /** @return the text with control characters escaped, cut at 80 characters, for error messages */
  static String printable(CharSequence text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 80; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c >= 127) {
        out.append(String.format("\\x%02x", (int) c & 0xff));
      } else {
        out.append(c);
      }
    }
    return "\"" + out + (text.length() > 80 ? "...\"" : "\"");
  }
}
