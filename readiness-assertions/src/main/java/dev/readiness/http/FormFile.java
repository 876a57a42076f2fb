package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One file sent as the only part of a {@code multipart/form-data} body, as a browser's file input sends it. The
 * content is written when the request goes out, so a large file is streamed and never held in memory.
 *
 * @param field the form field name
 * @param fileName the file name in {@code Content-Disposition}
 * @param mediaType the part's {@code Content-Type}
 * @param length the exact number of bytes {@code content} writes
 * @param content writes the file's bytes
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FormFile(String field, String fileName, String mediaType, long length, Content content) {

  /** Rejects null parts and a negative length. */
  public FormFile {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative, was " + length);
    }
  }

  /** Writes a file's bytes; may be called once per request sent (a retry writes again). */
  @API(status = EXPERIMENTAL, since = "0.1")
  @FunctionalInterface
  public interface Content {

    /**
     * @param out where to write exactly the file's length in bytes
     * @throws IOException when the connection fails while writing
     */
    void writeTo(OutputStream out) throws IOException;
  }

  @Override
  public String toString() {
    return fileName + " (" + mediaType + ", " + length + " bytes) in field " + field;
  }
}
