package dev.readiness.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body into memory, refusing with 413 any body larger than the caller's limit. Up to
 * {@value #DISCARD_BYTES} bytes past the limit are read and dropped before the refusal, so a client still
 * sending its body reads the 413 instead of a reset connection; a body declared larger than that is refused
 * without reading it.
 */
final class BoundedBody {

  private static final int DISCARD_BYTES = 8 * 1024 * 1024;

  private BoundedBody() {}

  /**
   * @return the whole body, at most {@code limit} bytes
   * @throws ApiError 413 when the declared or the actual length exceeds {@code limit}
   */
  static byte[] read(Request request, int limit) throws ApiError {
    if (request.getLength() > (long) limit + DISCARD_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = Request.asInputStream(request)) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        discard(in);
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void discard(InputStream in) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = DISCARD_BYTES;
    int read;
    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= read;
    }
  }

  private static ApiError tooLarge() {
    return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body too large");
  }
}
