package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code compose.ports} rule: a database or cache (known by its image or its container port) is not published
 * on all interfaces; binding it to {@code 127.0.0.1} or not publishing it passes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComposePortsPolicy {

  /** Container ports of databases and caches. */
  public static final Set<Integer> DATA_PORTS = Set.of(27017, 27018, 5432, 3306, 6379, 11211, 9200, 9300, 5984,
      7687, 9042, 26257, 1433, 1521, 8086, 6380, 5672);
  private static final Set<String> DATA_IMAGES = Set.of("mongo", "postgres", "mysql", "mariadb", "redis",
      "memcached", "elasticsearch", "opensearch", "couchdb", "neo4j", "cassandra", "valkey", "keydb", "rabbitmq",
      "cockroach", "mssql", "influxdb");

  private ComposePortsPolicy() {}

  /**
   * @param services every compose service
   * @return one blocking finding per database or cache port published on all interfaces
   */
  public static List<Finding> evaluate(List<ComposeService> services) {
    List<Finding> findings = new ArrayList<>();
    for (ComposeService service : services) {
      boolean dataImage = service.image().map(ComposePortsPolicy::isDataImage).orElse(false);
      for (PortBinding port : service.ports()) {
        if ((dataImage || DATA_PORTS.contains(port.targetPort())) && !port.isLoopbackOnly()) {
          findings.add(Finding.fail(service.label() + " publishes " + port.written() + " on all interfaces, so the "
              + "database or cache is reachable from the network", "Remove the ports entry (services reach it on "
              + "the compose network) or bind it to loopback: \"127.0.0.1:" + port.target() + ":" + port.target()
              + "\""));
        }
      }
    }
    return findings;
  }

  private static boolean isDataImage(String image) {
    String name = image.toLowerCase(Locale.ROOT);
    int at = name.indexOf('@');
    name = at < 0 ? name : name.substring(0, at);
    int slash = name.lastIndexOf('/');
    int colon = name.indexOf(':', slash + 1);
    String base = name.substring(slash + 1, colon < 0 ? name.length() : colon);
    return DATA_IMAGES.stream().anyMatch(base::startsWith);
  }
}
