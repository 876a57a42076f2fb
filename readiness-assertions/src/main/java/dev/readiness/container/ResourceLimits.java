package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A container's resource limits as the Docker API reports them ({@code HostConfig.Memory}, {@code NanoCpus},
 * {@code CpuQuota}/{@code CpuPeriod}, {@code PidsLimit}); zero or negative means unlimited. Reported as evidence by
 * the {@code container.*} checks.
 *
 * @param memoryBytes the memory limit in bytes
 * @param nanoCpus the CPU limit in billionths of a CPU ({@code --cpus})
 * @param cpuQuota the CFS quota in microseconds per period ({@code --cpu-quota})
 * @param cpuPeriod the CFS period in microseconds; 0 means Docker's 100000
 * @param pidsLimit the process limit
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ResourceLimits(long memoryBytes, long nanoCpus, long cpuQuota, long cpuPeriod, long pidsLimit) {

  /** No limit at all. */
  public static final ResourceLimits NONE = new ResourceLimits(0, 0, 0, 0, 0);

  private static final long DEFAULT_CPU_PERIOD = 100_000;

  /** @return true when a memory limit is set */
  public boolean hasMemoryLimit() {
    return memoryBytes > 0;
  }

  /** @return true when a CPU limit is set, as {@code --cpus} or as a CFS quota */
  public boolean hasCpuLimit() {
    return nanoCpus > 0 || cpuQuota > 0;
  }

  /** @return for example {@code memory 256 MiB, CPUs 0.5, pids 100}, or {@code no memory or CPU limit} */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(hasMemoryLimit() ? "memory " + mebibytes() : "no memory limit");
    parts.add(hasCpuLimit() ? "CPUs " + cpus() : "no CPU limit");
    if (pidsLimit > 0) {
      parts.add("pids " + pidsLimit);
    }
    return String.join(", ", parts);
  }

  private String mebibytes() {
    return memoryBytes % (1024 * 1024) == 0 ? memoryBytes / (1024 * 1024) + " MiB" : memoryBytes + " bytes";
  }

  private String cpus() {
    double value = nanoCpus > 0 ? nanoCpus / 1e9
        : (double) cpuQuota / (cpuPeriod > 0 ? cpuPeriod : DEFAULT_CPU_PERIOD);
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
