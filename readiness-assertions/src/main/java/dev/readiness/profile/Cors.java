package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The stack's CORS policy (profile section {@code cors}).
 *
 * @param allowedOrigins origins the stack must allow, each {@code scheme://host[:port]} without a
 *     path; never null, possibly empty
 * @param isPublic true when {@code Access-Control-Allow-Origin: *} is acceptable (key
 *     {@code public}, default false)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Cors(List<String> allowedOrigins, boolean isPublic) {

  /**
   * Copies the list.
   *
   * @param allowedOrigins origins the stack must allow, each {@code scheme://host[:port]} without a
   *     path; never null, possibly empty
   * @param isPublic true when {@code Access-Control-Allow-Origin: *} is acceptable (key
   *     {@code public}, default false)
   */
  public Cors {
    allowedOrigins = List.copyOf(allowedOrigins);
  }
}
