package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The upload endpoint the {@code upload.*} checks probe (profile section {@code upload}).
 *
 * @param path the endpoint
 * @param field the multipart form field of the file (default {@value #DEFAULT_FIELD})
 * @param authenticated true to send the login's token (default false)
 * @param allowedTypes media types the stack accepts, such as {@code image/png}; never null,
 *     possibly empty
 * @param maxBytes the largest accepted file in bytes, positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Upload(
    String path, String field, boolean authenticated, List<String> allowedTypes, long maxBytes) {

  /** The form field when none is configured. */
  public static final String DEFAULT_FIELD = "file";

  /**
   * Rejects null components and a non-positive size; copies the list.
   *
   * @param path the endpoint
   * @param field the multipart form field of the file (default {@value #DEFAULT_FIELD})
   * @param authenticated true to send the login's token (default false)
   * @param allowedTypes media types the stack accepts, such as {@code image/png}; never null,
   *     possibly empty
   * @param maxBytes the largest accepted file in bytes, positive
   */
  public Upload {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    allowedTypes = List.copyOf(allowedTypes);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }
}
