package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * One entry of a compose service's {@code ports}.
 *
 * @param hostIp the interface the port is published on; empty means every interface
 * @param published the host port or range; empty means an ephemeral port
 * @param target the container port or range
 * @param written the entry as written, for messages
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortBinding(String hostIp, String published, String target, String written) {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "localhost");

  /** @return true when the port is reachable only from the host itself */
  public boolean isLoopbackOnly() {
    return LOOPBACK.contains(hostIp) || hostIp.startsWith("127.");
  }

  /**
   * Parses the short syntax: {@code 80}, {@code 8080:80}, {@code 127.0.0.1:8080:80}, {@code 127.0.0.1::80},
   * {@code [::1]:8080:80}, {@code 8000-8010:8000-8010/udp}.
   *
   * @param written the entry
   * @return the binding
   */
  public static PortBinding parse(String written) {
    String spec = written.strip();
    int slash = spec.indexOf('/');
    if (slash >= 0) {
      spec = spec.substring(0, slash);
    }
    String hostIp = "";
    if (spec.startsWith("[")) {
      int close = spec.indexOf(']');
      hostIp = spec.substring(1, close);
      spec = spec.substring(Math.min(spec.length(), close + 2));
    }
    String[] parts = spec.split(":", -1);
    return switch (parts.length) {
      case 1 -> new PortBinding(hostIp, "", parts[0], written);
      case 2 -> new PortBinding(hostIp, parts[0], parts[1], written);
      default -> new PortBinding(parts[parts.length - 3], parts[parts.length - 2], parts[parts.length - 1], written);
    };
  }

  /** @return the first container port, or -1 when it is not a number */
  public int targetPort() {
    String first = target.split("-")[0].strip();
    return first.matches("\\d{1,5}") ? Integer.parseInt(first) : -1;
  }
}
