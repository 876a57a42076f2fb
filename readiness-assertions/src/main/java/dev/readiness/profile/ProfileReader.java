package dev.readiness.profile;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code readiness.yaml} text into a {@link StackProfile}: the root keys and the small
 * sections here, the others through {@link TargetReader}, {@link AuthReader} and
 * {@link EndpointSectionsReader}. The first problem found ends the read with a {@link ProfileException}.
 */
final class ProfileReader {

  private static final String[] ROOT_KEYS = {
    "target", "profile", "paths", "auth", "jwt", "hsts", "cors", "rateLimit", "upload", "websocket",
    "exposure", "repository", "load", "containers",
    "persistence", "dependency", "shutdown", "session"
  };

  private ProfileReader() {}

  static StackProfile readFile(Path file, Map<String, String> env) {
    return readFile(file, env, List.of());
  }

  static StackProfile readFile(Path file, Map<String, String> env, List<ProfileOverride> overrides) {
    Objects.requireNonNull(file, "file");
    Path baseDirectory = file.toAbsolutePath().normalize().getParent();
    return read(ProfileText.read(file), Optional.of(file), baseDirectory, env, overrides);
  }

  static StackProfile read(String text, Optional<Path> file, Path baseDirectory, Map<String, String> env) {
    return read(text, file, baseDirectory, env, List.of());
  }

  static StackProfile read(String text, Optional<Path> file, Path baseDirectory, Map<String, String> env,
      List<ProfileOverride> overrides) {
    Objects.requireNonNull(text, "yaml");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    ProfileText.checkSize(text, file);
    return read(new YamlTreeReader(file).read(text), file, baseDirectory, env, overrides);
  }

  /** Reads a profile made only of overrides (the first must set {@code target.url}). */
  static StackProfile fromOverrides(Path baseDirectory, Map<String, String> env, List<ProfileOverride> overrides) {
    return read(new YamlNode.Mapping(Map.of(), 0), Optional.empty(), baseDirectory, env, overrides);
  }

  private static StackProfile read(YamlNode text, Optional<Path> file, Path baseDirectory, Map<String, String> env,
      List<ProfileOverride> overrides) {
    ProfileOverrides applied = new ProfileOverrides(overrides, file);
    try {
      return read(applied.apply(text), file, baseDirectory, env);
    } catch (ProfileException e) {
      throw applied.attribute(e);
    }
  }

  private static StackProfile read(YamlNode tree, Optional<Path> file, Path baseDirectory, Map<String, String> env) {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    ProfileNode root = ProfileNode.root(tree, file, new EnvReferences(env)).mapping(ROOT_KEYS);
    Path base = baseDirectory.toAbsolutePath().normalize();
    return new StackProfile(new ProfileValues(
        TargetReader.read(root, base),
        file,
        base,
        root.value("profile", node -> node.as(TlsProfile::fromYamlName), TlsProfile.INTERMEDIATE),
        paths(root),
        AuthReader.read(root),
        root.section("jwt", "maxLifetime", "secretCandidates")
            .map(jwt -> new Jwt(
                jwt.value("maxLifetime", node -> node.duration(ValueLimits.JWT_MAX_LIFETIME), Jwt.DEFAULT_MAX_LIFETIME),
                jwt.value("secretCandidates", ProfileReader::secretCandidates, List.<String>of())))
            .orElseGet(() -> new Jwt(Jwt.DEFAULT_MAX_LIFETIME)),
        new Hsts(root.section("hsts", "minMaxAge")
            .map(hsts -> hsts.value("minMaxAge", node -> node.duration(ValueLimits.HSTS_MIN_MAX_AGE),
                Hsts.DEFAULT_MIN_MAX_AGE))
            .orElse(Hsts.DEFAULT_MIN_MAX_AGE)),
        EndpointSectionsReader.cors(root),
        EndpointSectionsReader.rateLimit(root),
        EndpointSectionsReader.upload(root),
        EndpointSectionsReader.websocket(root),
        new Exposure(root.section("exposure", "allow")
            .map(exposure -> exposure.value("allow", ProfileNode::texts, List.<String>of()))
            .orElse(List.of())),
        root.get("repository").map(node -> repository(node, base)),
        EndpointSectionsReader.load(root),
        root.value("containers", ProfileReader::containers, List.<String>of()),
        RuntimeSectionsReader.read(root)));
  }

  /** @return the node's text as a path resolved against the base directory */
  static Path resolve(ProfileNode node, Path baseDirectory) {
    String text = node.text();
    try {
      return baseDirectory.resolve(text).normalize();
    } catch (InvalidPathException e) {
      throw node.error("'" + text + "' is not a valid file path: " + e.getReason(), e);
    }
  }

  private static Paths paths(ProfileNode root) {
    return root.section("paths", "home", "health", "protected")
        .map(paths -> new Paths(
            paths.value("home", ProfileNode::path, Paths.DEFAULT_HOME),
            paths.get("health").map(ProfileNode::path),
            paths.get("protected").map(ProfileNode::path)))
        .orElseGet(() -> new Paths(Paths.DEFAULT_HOME, Optional.empty(), Optional.empty()));
  }

  private static List<String> secretCandidates(ProfileNode list) {
    return list.items().stream().map(item -> item.as(Jwt::requireSecretCandidate)).toList();
  }

  private static List<String> containers(ProfileNode node) {
    List<String> references = node.texts();
    for (int i = 0; i < references.size(); i++) {
      if (references.get(i).isBlank()) {
        throw node.items().get(i).error("a container name or id cannot be blank");
      }
    }
    return references.stream().map(String::strip).distinct().toList();
  }

  private static Path repository(ProfileNode node, Path baseDirectory) {
    Path directory = resolve(node, baseDirectory);
    if (!Files.isDirectory(directory)) {
      throw node.error("'" + node.text() + "' is not a directory (resolved to " + directory + ")");
    }
    return directory;
  }
}
