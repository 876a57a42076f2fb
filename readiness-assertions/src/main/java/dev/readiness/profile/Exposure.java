package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What may be reachable on purpose (profile section {@code exposure}).
 *
 * @param allow names of debug endpoints that are public on purpose, such as {@code docs}; never
 *     null, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Exposure(List<String> allow) {

  /**
   * Copies the list.
   *
   * @param allow names of debug endpoints that are public on purpose, such as {@code docs}; never
   *     null, possibly empty
   */
  public Exposure {
    allow = List.copyOf(allow);
  }
}
