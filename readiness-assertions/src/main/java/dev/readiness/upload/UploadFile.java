package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.FormFile;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One file an upload check sends: its name, declared media type, what it really is, and its content, generated in
 * code and written as the request goes out.
 *
 * @param fileName the name in {@code Content-Disposition}, for example {@code photo.png.exe}
 * @param mediaType the part's declared {@code Content-Type}
 * @param description what the bytes really are, for messages: {@code a Windows PE executable}
 * @param length the exact size in bytes
 * @param content writes the bytes
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UploadFile(String fileName, String mediaType, String description, long length,
    FormFile.Content content) {

  /** Rejects null parts and a negative length. */
  public UploadFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(content, "content");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative, was " + length);
    }
  }

  /** @return a file whose content is {@code bytes} (copied) */
  public static UploadFile of(String fileName, String mediaType, String description, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new UploadFile(fileName, mediaType, description, copy.length, out -> out.write(copy));
  }

  /** @return the multipart part that sends this file in form field {@code field} */
  public FormFile part(String field) {
    return new FormFile(field, fileName, mediaType, length, content);
  }

  /** @return {@code photo.png (image/png, a Windows PE executable, 96 bytes)}, for messages */
  public String label() {
    return fileName + " (" + mediaType + ", " + description + ", " + length + " bytes)";
  }
}
