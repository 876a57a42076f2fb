package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads the services of a compose file: {@code image}, {@code build}, {@code user}, {@code ports} (short and long
 * syntax), {@code deploy.resources.limits}, {@code mem_limit}/{@code cpus}, {@code healthcheck} and
 * {@code environment} (list or map). {@code image} tags are substituted with their {@code ${VAR:-default}} defaults.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComposeParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ComposeParser() {}

  /**
   * @param file the compose file, relative to the repository root
   * @param text its content
   * @return its services in file order
   * @throws RepositoryException naming the file when it is not YAML or its services are not a mapping
   */
  public static List<ComposeService> parse(Path file, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new RepositoryException(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    JsonNode services = root == null ? null : root.get("services");
    if (services == null || services.isNull()) {
      return List.of();
    }
    if (!services.isObject()) {
      throw new RepositoryException(file + ": 'services' must be a mapping of service names to services");
    }
    List<ComposeService> parsed = new ArrayList<>();
    services.fields().forEachRemaining(entry -> parsed.add(service(file, entry.getKey(), entry.getValue())));
    return parsed;
  }

  private static ComposeService service(Path file, String name, JsonNode node) {
    JsonNode limits = node.path("deploy").path("resources").path("limits");
    JsonNode healthcheck = node.path("healthcheck");
    boolean healthy = healthcheck.isObject() && !healthcheck.path("disable").asBoolean(false)
        && !"NONE".equals(healthcheck.path("test").path(0).asText(healthcheck.path("test").asText()));
    return new ComposeService(file, name,
        text(node.get("image")).map(image -> Substitution.apply(image, Map.of())),
        build(file, node.get("build")), text(node.get("user")), ports(node.get("ports")),
        present(limits.get("memory")) || present(node.get("mem_limit")),
        present(limits.get("cpus")) || present(node.get("cpus")),
        healthy, environment(node.get("environment")));
  }

  private static Optional<Path> build(Path file, JsonNode build) {
    if (build == null || build.isNull()) {
      return Optional.empty();
    }
    Path base = file.getParent() == null ? Path.of("") : file.getParent();
    String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
    String dockerfile = build.path("dockerfile").asText("Dockerfile");
    return Optional.of(base.resolve(context).resolve(dockerfile).normalize());
  }

  private static List<PortBinding> ports(JsonNode ports) {
    List<PortBinding> bindings = new ArrayList<>();
    if (ports == null || !ports.isArray()) {
      return bindings;
    }
    for (JsonNode port : ports) {
      if (port.isObject()) {
        bindings.add(new PortBinding(port.path("host_ip").asText(""), port.path("published").asText(""),
            port.path("target").asText(""), port.toString()));
      } else {
        bindings.add(PortBinding.parse(port.asText()));
      }
    }
    return bindings;
  }

  private static Map<String, String> environment(JsonNode environment) {
    Map<String, String> values = new LinkedHashMap<>();
    if (environment == null) {
      return values;
    }
    if (environment.isArray()) {
      for (JsonNode entry : environment) {
        String text = entry.asText();
        int equals = text.indexOf('=');
        values.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
      }
    } else if (environment.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = environment.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
      }
    }
    return values;
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull() && !node.asText().isBlank();
  }
}
