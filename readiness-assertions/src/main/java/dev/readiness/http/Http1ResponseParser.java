package dev.readiness.http;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one HTTP/1.x response at a time from the bytes a keep-alive connection receives, incrementally and with
 * bounded memory: the status line and headers may take at most {@link #HEADER_LIMIT} bytes (trailers included), a
 * body is kept up to {@link HttpProbe#BODY_LIMIT} bytes and the response ends there, truncated, with the connection
 * no longer reusable. Bodies are framed by {@code Content-Length}, {@code chunked} or the end of the connection (RFC
 * 9112 section 6.3); {@code 1xx} interim responses are skipped. Anything else is a {@link ProtocolException} whose
 * message quotes what came back. One parser per connection; its buffers are reused from response to response.
 */
final class Http1ResponseParser {

  /** The most bytes of a status line and header section (or of a chunked body's trailers): 64 KiB. */
  static final int HEADER_LIMIT = 64 * 1024;

  private static final int CHUNK_LINE_LIMIT = 1024;

  private enum State { HEAD, FIXED, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

  private byte[] head = new byte[2048];
  private int headLength;
  private byte[] body = new byte[4096];
  private int bodyLength;
  private final byte[] line = new byte[CHUNK_LINE_LIMIT];
  private int lineLength;
  private State state = State.HEAD;
  private boolean bodiless;
  private long remaining;
  private boolean received;

  private int status;
  private String protocol;
  private List<HttpHeader> headers;
  private boolean keepAlive;
  private boolean truncated;
  private Charset charset;

  /**
   * Prepares for the next response.
   *
   * @param headRequest true when the request was a {@code HEAD}, whose response has no body
   */
  void reset(boolean headRequest) {
    bodiless = headRequest;
    state = State.HEAD;
    headLength = 0;
    bodyLength = 0;
    lineLength = 0;
    received = false;
    truncated = false;
  }

  /** @return true once any byte of the current response arrived */
  boolean received() {
    return received;
  }

  /**
   * Consumes bytes of the response.
   *
   * @param in bytes received, in read mode; consumed up to the end of the response
   * @return true when the response is complete
   * @throws ProtocolException when the bytes are not an HTTP/1.x response or break a bound
   */
  boolean feed(ByteBuffer in) throws ProtocolException {
    if (in.hasRemaining()) {
      received = true;
    }
    while (in.hasRemaining() && state != State.DONE) {
      switch (state) {
        case HEAD -> head(in);
        case FIXED -> fixed(in);
        case CHUNK_SIZE -> chunkSize(in);
        case CHUNK_DATA -> chunkData(in);
        case CHUNK_END -> chunkEnd(in);
        case TRAILERS -> trailers(in);
        case UNTIL_CLOSE -> keep(in, in.remaining());
        default -> throw new IllegalStateException(state.name());
      }
    }
    return state == State.DONE;
  }

  /**
   * The connection ended.
   *
   * @return true when that completes the response (a body framed by the end of the connection)
   */
  boolean endOfInput() {
    if (state == State.UNTIL_CLOSE) {
      state = State.DONE;
      return true;
    }
    return state == State.DONE;
  }

  int status() {
    return status;
  }

  String protocol() {
    return protocol;
  }

  HttpHeaders headers() {
    return new HttpHeaders(headers);
  }

  /** @return true when the connection may carry the next request */
  boolean keepAlive() {
    return keepAlive && !truncated;
  }

  boolean truncated() {
    return truncated;
  }

  String body() {
    return new String(body, 0, bodyLength, charset);
  }

  private void head(ByteBuffer in) throws ProtocolException {
    byte[] array = in.array();
    int start = in.arrayOffset() + in.position();
    int end = in.arrayOffset() + in.limit();
    for (int i = start; i < end; i++) {
      byte b = array[i];
      if (headLength == head.length) {
        if (headLength >= HEADER_LIMIT) {
          throw new ProtocolException("the response's status line and headers exceed " + HEADER_LIMIT + " bytes");
        }
        head = java.util.Arrays.copyOf(head, Math.min(HEADER_LIMIT, head.length * 2));
      }
      head[headLength++] = b;
      if (b == '\n' && endsHead()) {
        in.position(i + 1 - in.arrayOffset());
        parseHead();
        return;
      }
    }
    in.position(in.limit());
  }

  private boolean endsHead() {
    int n = headLength;
    return n >= 2 && head[n - 2] == '\n' || n >= 3 && head[n - 2] == '\r' && head[n - 3] == '\n';
  }

  private void parseHead() throws ProtocolException {
    Http1Head parsed = Http1Head.parse(head, headLength);
    status = parsed.status();
    protocol = parsed.protocol();
    headers = parsed.headers();
    charset = parsed.charset();
    keepAlive = parsed.keepAlive();
    if (status >= 100 && status < 200 && status != 101) {
      headLength = 0;
      return;
    }
    if (bodiless || status == 101 || status == 204 || status == 304) {
      keepAlive &= status != 101;
      state = State.DONE;
    } else if (parsed.encoded()) {
      state = parsed.chunked() ? State.CHUNK_SIZE : State.UNTIL_CLOSE;
      keepAlive &= parsed.chunked();
    } else if (parsed.contentLength() >= 0) {
      remaining = parsed.contentLength();
      state = remaining == 0 ? State.DONE : State.FIXED;
    } else {
      keepAlive = false;
      state = State.UNTIL_CLOSE;
    }
  }

  private void fixed(ByteBuffer in) {
    int n = (int) Math.min(remaining, in.remaining());
    keep(in, n);
    remaining -= n;
    if (remaining == 0 && state == State.FIXED) {
      state = State.DONE;
    }
  }

  private void chunkData(ByteBuffer in) {
    int n = (int) Math.min(remaining, in.remaining());
    keep(in, n);
    remaining -= n;
    if (remaining == 0 && state == State.CHUNK_DATA) {
      state = State.CHUNK_END;
    }
  }

  /** Keeps up to the body limit; one byte past it truncates the body and ends the response. */
  private void keep(ByteBuffer in, int n) {
    int room = HttpProbe.BODY_LIMIT - bodyLength;
    if (n > room) {
      append(in, room);
      in.position(in.position() + 1);
      truncated = true;
      state = State.DONE;
      return;
    }
    append(in, n);
  }

  private void append(ByteBuffer in, int n) {
    if (bodyLength + n > body.length) {
      body = java.util.Arrays.copyOf(body, Math.min(HttpProbe.BODY_LIMIT, Math.max(bodyLength + n, body.length * 2)));
    }
    in.get(body, bodyLength, n);
    bodyLength += n;
  }

  private void chunkSize(ByteBuffer in) throws ProtocolException {
    if (!readLine(in)) {
      return;
    }
    String text = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
    lineLength = 0;
    String size = text.split(";", 2)[0].strip();
    try {
      remaining = size.isEmpty() || size.length() > 8 ? -1 : Long.parseLong(size, 16);
    } catch (NumberFormatException e) {
      remaining = -1;
    }
    if (remaining < 0) {
      throw new ProtocolException("malformed chunk size line " + Http1Request.printable(text));
    }
    state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
  }

  private void chunkEnd(ByteBuffer in) throws ProtocolException {
    if (!readLine(in)) {
      return;
    }
    if (lineLength != 0) {
      throw new ProtocolException("chunk not followed by CRLF but "
          + Http1Request.printable(new String(line, 0, lineLength, StandardCharsets.ISO_8859_1)));
    }
    state = State.CHUNK_SIZE;
  }

  private void trailers(ByteBuffer in) throws ProtocolException {
    if (!readLine(in)) {
      return;
    }
    headLength += lineLength + 2;
    if (headLength > HEADER_LIMIT) {
      throw new ProtocolException("the response's headers and trailers exceed " + HEADER_LIMIT + " bytes");
    }
    if (lineLength == 0) {
      state = State.DONE;
    }
    lineLength = 0;
  }

  /** @return true when a whole line (CR dropped) is in {@link #line}; its length is {@link #lineLength} */
  private boolean readLine(ByteBuffer in) throws ProtocolException {
    while (in.hasRemaining()) {
      byte b = in.get();
      if (b == '\n') {
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
          lineLength--;
        }
        return true;
      }
      if (lineLength == line.length) {
        throw new ProtocolException("a chunked body's line exceeds " + CHUNK_LINE_LIMIT + " bytes");
      }
      line[lineLength++] = b;
    }
    return false;
  }
}
