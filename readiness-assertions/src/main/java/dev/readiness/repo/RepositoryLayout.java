package dev.readiness.repo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which repository files are Dockerfiles, compose files, example env files and real env files, by name. */
final class RepositoryLayout {

  private static final Set<String> EXAMPLE_SUFFIXES = Set.of("example", "sample", "template", "dist", "defaults");

  private RepositoryLayout() {}

  static boolean isDockerfile(Path file) {
    String name = name(file);
    return name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile");
  }

  static boolean isCompose(Path file) {
    String name = name(file);
    return (name.startsWith("docker-compose") || name.startsWith("compose"))
        && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  static boolean isEnvExample(Path file) {
    String name = name(file);
    return name.startsWith(".env.") && EXAMPLE_SUFFIXES.contains(name.substring(".env.".length()));
  }

  static boolean isDotenv(Path file) {
    String name = name(file);
    return (name.equals(".env") || name.startsWith(".env.")) && !isEnvExample(file);
  }

  private static String name(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
