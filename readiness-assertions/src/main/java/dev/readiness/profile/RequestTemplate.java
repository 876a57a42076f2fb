package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A request the runtime checks send as the profile writes it ({@code persistence.create}, {@code persistence.read},
 * {@code dependency.api}, {@code shutdown.request}).
 *
 * @param method the HTTP method, upper case; {@value #DEFAULT_METHOD} by default
 * @param path the path on the target; {@code ${id}} stands for the created record's id where a section says so
 * @param body the body sent as {@code application/json}, empty for none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RequestTemplate(String method, String path, String body) {

  /** The method when none is configured. */
  public static final String DEFAULT_METHOD = "GET";

  /** Rejects null components and upper-cases the method. */
  public RequestTemplate {
    method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
  }

  /** @return for example {@code POST /api/notes} */
  public String describe() {
    return method + " " + path;
  }
}
