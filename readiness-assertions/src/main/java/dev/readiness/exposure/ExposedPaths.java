package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** The paths the {@code exposure.*} checks request, each with the signature of its real content. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExposedPaths {

  private static final String ENV_LINES = "^[ \\t]*(?:export[ \\t]+)?[A-Za-z_][A-Za-z0-9_]*[ \\t]*=";
  private static final String JSON_OBJECT = "\\A\\s*\\{[\\s\\S]*\"[^\"]+\"\\s*:[\\s\\S]*\\}\\s*\\z";

  /** Files that hold secrets or source: {@code exposure.files}. */
  public static final List<ExposedPath> FILES = files();

  /** Documentation, consoles and metrics: {@code exposure.debug-endpoints}. */
  public static final List<ExposedPath> DEBUG_ENDPOINTS = List.of(
      ExposedPath.matching("docs", "/docs", "an API documentation page", "swagger-ui|SwaggerUIBundle|redoc"),
      ExposedPath.matching("swagger-ui", "/swagger-ui", "Swagger UI", "swagger-ui|SwaggerUIBundle"),
      ExposedPath.matching("swagger-ui", "/swagger-ui.html", "Swagger UI", "swagger-ui|SwaggerUIBundle"),
      ExposedPath.matchingNonHtml("openapi", "/openapi.json", "an OpenAPI document",
          "\"(?:openapi|swagger)\"\\s*:\\s*\"\\d"),
      ExposedPath.matchingNonHtml("openapi", "/v3/api-docs", "an OpenAPI document",
          "\"(?:openapi|swagger)\"\\s*:\\s*\"\\d"),
      ExposedPath.matching("redoc", "/redoc", "ReDoc", "redoc"),
      ExposedPath.matchingNonHtml("actuator", "/actuator", "Spring Boot Actuator links", "\"_links\"\\s*:"),
      ExposedPath.matchingNonHtml("actuator/env", "/actuator/env", "Spring Boot's environment",
          "\"(?:propertySources|activeProfiles)\"\\s*:"),
      ExposedPath.matching("debug", "/debug", "a debug page", "debug|pprof|goroutine"),
      ExposedPath.matching("debug", "/debug/pprof/", "Go's pprof index", "pprof|goroutine"),
      ExposedPath.matchingNonHtml("metrics", "/metrics", "metrics",
          "^# (?:HELP|TYPE) \\w+|\"(?:names|measurements)\"\\s*:"),
      ExposedPath.matching("graphiql", "/graphiql", "GraphiQL", "graphiql"));

  private ExposedPaths() {}

  private static List<ExposedPath> files() {
    List<ExposedPath> files = new ArrayList<>(List.of(
        ExposedPath.matchingNonHtml("git", "/.git/HEAD", "a Git HEAD (ref: refs/...)",
            "\\A(?:ref: refs/|[0-9a-f]{40}\\s*\\z)"),
        ExposedPath.matchingNonHtml("git", "/.git/config", "a Git config ([core])", "^\\[core\\]"),
        ExposedPath.matchingNonHtml("ds-store", "/.DS_Store", "a macOS .DS_Store (Bud1)", "\\A\\x00\\x00\\x00\\x01Bud1")));
    for (String suffix : List.of("", ".bak", ".old", "~")) {
      files.add(ExposedPath.matchingNonHtml("env", "/.env" + suffix, "an environment file (KEY=value lines)",
          ENV_LINES));
      files.add(ExposedPath.matchingNonHtml("config", "/config.json" + suffix, "a JSON configuration file",
          JSON_OBJECT));
    }
    return List.copyOf(files);
  }
}
