package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code docker.healthcheck} rule: every compose service has a healthcheck, in the compose file or in the final
 * stage of the Dockerfile its {@code build:} names; without compose files, every Dockerfile's final stage has a
 * {@code HEALTHCHECK}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HealthcheckPolicy {

  private static final String FIX = "Add a healthcheck: (test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:PORT"
      + "/health\"], interval, retries) to the service, or HEALTHCHECK to its Dockerfile";

  private HealthcheckPolicy() {}

  /**
   * @param scan the repository
   * @return one blocking finding per service (or Dockerfile) without a healthcheck
   */
  public static List<Finding> evaluate(RepositoryScan scan) {
    List<Finding> findings = new ArrayList<>();
    if (scan.services().isEmpty()) {
      for (Dockerfile dockerfile : scan.dockerfiles()) {
        if (dockerfile.finalStage().filter(DockerStage::healthcheck).isEmpty()) {
          findings.add(Finding.fail(dockerfile.path() + " has no HEALTHCHECK in its final stage, so nothing "
              + "notices when the service hangs", FIX));
        }
      }
      return findings;
    }
    for (ComposeService service : scan.services()) {
      if (!service.healthcheck() && !builtWithHealthcheck(service, scan)) {
        findings.add(Finding.fail(service.label() + " has no healthcheck (neither in the compose file nor in its "
            + "Dockerfile), so nothing notices when it hangs and depends_on cannot wait for it", FIX));
      }
    }
    return findings;
  }

  private static boolean builtWithHealthcheck(ComposeService service, RepositoryScan scan) {
    return scan.dockerfiles().stream().filter(service::buildsFrom).findFirst()
        .flatMap(Dockerfile::finalStage).map(DockerStage::healthcheck).orElse(false);
  }
}
