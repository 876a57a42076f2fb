package dev.readiness.http;

import java.net.ProtocolException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A response's status line and header section, parsed from the bytes as they came (ISO-8859-1, CR optional), and
 * what the headers say about the body's framing and the connection's reuse. Anything that is not HTTP/1.x is a
 * {@link ProtocolException} quoting the line: a status line other than {@code HTTP/1.0} or {@code HTTP/1.1} with a
 * three-digit status, a header line without a name and colon (obsolete line folding included), an invalid or
 * conflicting {@code Content-Length}.
 *
 * @param status the status code
 * @param protocol {@code http/1.1} or {@code http/1.0}
 * @param headers every header line in order
 * @param contentLength the {@code Content-Length}, or -1 without one
 * @param encoded true when a {@code Transfer-Encoding} is present
 * @param chunked true when {@code chunked} is its last coding
 * @param keepAlive true when the connection may carry another request, as far as the headers say
 * @param charset the body's charset from {@code Content-Type}, UTF-8 by default
 */
record Http1Head(int status, String protocol, List<HttpHeader> headers, long contentLength, boolean encoded,
    boolean chunked, boolean keepAlive, Charset charset) {

  /**
   * @param head the header section's bytes, ending with its empty line
   * @param length how many bytes of {@code head} hold it
   * @return the parsed head
   * @throws ProtocolException naming the line that is not HTTP/1.x
   */
  static Http1Head parse(byte[] head, int length) throws ProtocolException {
    int lineEnd = nextLine(head, length, 0);
    String statusLine = text(head, 0, lineEnd);
    int status = status(statusLine);
    String protocol = statusLine.charAt(7) == '1' ? "http/1.1" : "http/1.0";
    List<HttpHeader> headers = new ArrayList<>(12);
    long contentLength = -1;
    boolean chunked = false;
    boolean encoded = false;
    String connection = "";
    Charset charset = StandardCharsets.UTF_8;
    for (int from = skipLine(head, lineEnd); from < length; ) {
      int to = nextLine(head, length, from);
      if (to == from) {
        break;
      }
      HttpHeader header = header(head, from, to);
      headers.add(header);
      String name = header.name();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = contentLength(header.value(), contentLength);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        encoded = true;
        chunked = header.value().toLowerCase(Locale.ROOT).strip().endsWith("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        connection = connection + "," + header.value().toLowerCase(Locale.ROOT);
      } else if (name.equalsIgnoreCase("Content-Type")) {
        charset = charset(header.value());
      }
      from = skipLine(head, to);
    }
    boolean keepAlive = protocol.equals("http/1.1")
        ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    return new Http1Head(status, protocol, headers, contentLength, encoded, chunked, keepAlive, charset);
  }

  private static int status(String statusLine) throws ProtocolException {
    boolean valid = statusLine.length() >= 12 && statusLine.startsWith("HTTP/1.")
        && (statusLine.charAt(7) == '0' || statusLine.charAt(7) == '1') && statusLine.charAt(8) == ' '
        && isDigit(statusLine.charAt(9)) && isDigit(statusLine.charAt(10)) && isDigit(statusLine.charAt(11))
        && (statusLine.length() == 12 || statusLine.charAt(12) == ' ');
    if (!valid) {
      throw new ProtocolException("malformed HTTP/1.1 status line " + Http1Request.printable(statusLine));
    }
    return Integer.parseInt(statusLine, 9, 12, 10);
  }

  private static HttpHeader header(byte[] head, int from, int to) throws ProtocolException {
    int colon = -1;
    for (int i = from; i < to; i++) {
      byte b = head[i];
      if (b == ':') {
        colon = i;
        break;
      }
      if (b == ' ' || b == '\t' || b < ' ') {
        break;
      }
    }
    if (colon <= from) {
      throw new ProtocolException("malformed response header line " + Http1Request.printable(text(head, from, to)));
    }
    int valueFrom = colon + 1;
    int valueTo = to;
    while (valueFrom < valueTo && (head[valueFrom] == ' ' || head[valueFrom] == '\t')) {
      valueFrom++;
    }
    while (valueTo > valueFrom && (head[valueTo - 1] == ' ' || head[valueTo - 1] == '\t')) {
      valueTo--;
    }
    return new HttpHeader(text(head, from, colon), text(head, valueFrom, valueTo));
  }

  /** @return the end of the line starting at from, CR excluded */
  private static int nextLine(byte[] head, int length, int from) {
    int i = from;
    while (i < length && head[i] != '\n') {
      i++;
    }
    return i > from && head[i - 1] == '\r' ? i - 1 : i;
  }

  private static int skipLine(byte[] head, int lineEnd) {
    return head[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;
  }

  private static String text(byte[] head, int from, int to) {
    return new String(head, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static long contentLength(String value, long previous) throws ProtocolException {
    long length;
    try {
      length = value.isEmpty() || value.length() > 18 ? -1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length < 0 || previous >= 0 && previous != length) {
      throw new ProtocolException("invalid Content-Length " + Http1Request.printable(value));
    }
    return length;
  }

  private static boolean hasToken(String list, String token) {
    for (String part : list.split(",")) {
      if (part.strip().equals(token)) {
        return true;
      }
    }
    return false;
  }

  private static Charset charset(String contentType) {
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = contentType.substring(at + 8).split(";", 2)[0].strip().replace("\"", "");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
