package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code compose.resources} rule: every compose service sets a memory limit and a CPU limit
 * ({@code deploy.resources.limits.memory}/{@code cpus}, or {@code mem_limit}/{@code cpus}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComposeResourcesPolicy {

  private ComposeResourcesPolicy() {}

  /**
   * @param services every compose service
   * @return one blocking finding per service missing a limit
   */
  public static List<Finding> evaluate(List<ComposeService> services) {
    List<Finding> findings = new ArrayList<>();
    for (ComposeService service : services) {
      List<String> missing = new ArrayList<>();
      if (!service.memoryLimit()) {
        missing.add("memory");
      }
      if (!service.cpuLimit()) {
        missing.add("CPU");
      }
      if (!missing.isEmpty()) {
        findings.add(Finding.fail(service.label() + " sets no " + String.join(" or ", missing) + " limit, so one "
            + "runaway container can starve the host", "Set deploy.resources.limits (memory: 512M, cpus: \"1.0\") "
            + "on the service"));
      }
    }
    return findings;
  }
}
