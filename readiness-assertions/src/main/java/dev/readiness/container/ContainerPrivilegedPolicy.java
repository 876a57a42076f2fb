package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code container.privileged} rule: no inspected container runs privileged, and none adds a capability beyond
 * Docker's default set ({@link #DEFAULT_CAPABILITIES}); {@code ALL} counts as every capability. Adding a capability
 * the default set already holds changes nothing and passes. Names are compared without Docker's {@code CAP_} prefix.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerPrivilegedPolicy {

  /** The capabilities Docker grants every container unless dropped (moby's {@code oci/caps} defaults). */
  public static final Set<String> DEFAULT_CAPABILITIES = Set.of("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD",
      "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

  private ContainerPrivilegedPolicy() {}

  /**
   * @param containers the inspected containers
   * @return a blocking finding for each privileged container and for each that adds capabilities beyond the default
   */
  public static List<Finding> evaluate(List<InspectedContainer> containers) {
    List<Finding> findings = new ArrayList<>();
    for (InspectedContainer container : containers) {
      if (container.privileged()) {
        findings.add(Finding.fail(container.label() + " runs privileged (HostConfig.Privileged is true): it holds "
            + "every capability and sees the host's devices", "Remove --privileged (compose privileged: true, "
            + "Kubernetes securityContext.privileged: true) and add only a capability the process needs, if any"));
      }
      List<String> added = container.capAdd().stream().map(ContainerPrivilegedPolicy::capability)
          .filter(name -> !DEFAULT_CAPABILITIES.contains(name)).distinct().toList();
      if (!added.isEmpty()) {
        findings.add(Finding.fail(container.label() + " adds " + (added.contains("ALL") ? "ALL capabilities"
            : "capabilities beyond Docker's default set: " + String.join(", ", added)) + " (HostConfig.CapAdd "
            + container.capAdd() + ")", "Remove --cap-add " + String.join(" --cap-add ", added) + " (compose "
            + "cap_add, Kubernetes securityContext.capabilities.add); better still, cap_drop: [ALL]"));
      }
    }
    return findings;
  }

  /** @return the capability's name in upper case without the {@code CAP_} prefix */
  static String capability(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper.substring(4) : upper;
  }
}
