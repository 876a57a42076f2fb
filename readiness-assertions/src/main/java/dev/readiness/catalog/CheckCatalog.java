package dev.readiness.catalog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.headers.ContentTypeOptionsCheck;
import dev.readiness.health.HealthEndpointCheck;
import dev.readiness.hsts.HstsMaxAgeCheck;
import dev.readiness.hsts.HstsPresentCheck;
import dev.readiness.https.HttpsRedirectCheck;
import dev.readiness.repo.ComposePortsCheck;
import dev.readiness.repo.ComposeResourcesCheck;
import dev.readiness.repo.DockerUserCheck;
import dev.readiness.repo.EnvExampleCheck;
import dev.readiness.repo.HealthcheckCheck;
import dev.readiness.repo.PinnedImageCheck;
import dev.readiness.repo.SecretsCheck;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Every check the library ships, by its catalogue id, in the order the report lists them. Finding a check by its id
 * takes one call: {@link #require(String)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckCatalog {

  private static final List<Check> ALL = List.of(
      new HttpsRedirectCheck(),
      new HstsPresentCheck(),
      new HstsMaxAgeCheck(),
      new ContentTypeOptionsCheck(),
      new HealthEndpointCheck(),
      new EnvExampleCheck(),
      new SecretsCheck(),
      new DockerUserCheck(),
      new PinnedImageCheck(),
      new HealthcheckCheck(),
      new ComposeResourcesCheck(),
      new ComposePortsCheck());

  private CheckCatalog() {}

  /** @return every check, in report order */
  public static List<Check> all() {
    return ALL;
  }

  /** @return the check with this id, if the catalogue has it */
  public static Optional<Check> find(String id) {
    return ALL.stream().filter(check -> check.id().equals(id)).findFirst();
  }

  /** @return results sorted into catalogue order (ids the catalogue lacks last), stable otherwise */
  public static List<CheckResult> inReportOrder(List<CheckResult> results) {
    List<String> ids = ALL.stream().map(Check::id).toList();
    return results.stream()
        .sorted(Comparator.comparingInt(r -> ids.contains(r.id()) ? ids.indexOf(r.id()) : ids.size()))
        .toList();
  }

  /**
   * @param id a catalogue id such as {@code hsts.present}
   * @return the check
   * @throws IllegalArgumentException naming the id and listing the known ids when there is no such check
   */
  public static Check require(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown check id '" + id + "'; known ids: "
        + ALL.stream().map(Check::id).collect(Collectors.joining(", "))));
  }
}
