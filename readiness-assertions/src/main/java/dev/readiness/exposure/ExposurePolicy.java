package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code exposure.*} rule: a path is exposed when it answers 2xx, its body has the signature of the real
 * content, and the body differs from the answer to a random path (the baseline), so a single-page app that serves
 * its index for every path is not flagged. 401, 403, 404 and redirects (to a login) are never exposures. A path
 * whose name is allowed by the profile is a warning instead of a failure.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExposurePolicy {

  private ExposurePolicy() {}

  /**
   * What one path answered.
   *
   * @param path the path requested
   * @param response its answer
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Probed(ExposedPath path, HttpExchange response) {

    /** Validates that both parts are present. */
    public Probed {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * @param baseline the answer to a random path
   * @param probed what each path answered
   * @param allowed names the profile allows ({@code exposure.allow})
   * @param why why an exposure matters, appended to the message
   * @param fix the one-line fix
   * @return one finding per exposed path: blocking, or a warning when allowed
   */
  public static List<Finding> evaluate(HttpExchange baseline, List<Probed> probed, Set<String> allowed, String why,
      String fix) {
    List<Finding> findings = new ArrayList<>();
    for (Probed each : probed) {
      HttpExchange response = each.response();
      if (!response.isSuccessful() || !each.path().signature().test(response.body())) {
        continue;
      }
      if (baseline.isSuccessful() && baseline.body().equals(response.body())) {
        continue;
      }
      String message = response.summary() + " served " + each.path().content() + " without credentials, " + why;
      findings.add(allowed.contains(each.path().name()) || allowed.contains(each.path().path())
          ? Finding.warning(message + " (allowed by exposure.allow)", fix)
          : Finding.fail(message, fix));
    }
    return findings;
  }
}
