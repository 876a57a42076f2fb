package dev.readiness.examples.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Maven local repository holding this build's own artifacts, laid out as {@code mvn install} would lay them,
 * without installing anything into the user's repository. A module's jar is the one the reactor built, found where
 * the class path has it; when the class path has the module's {@code target/classes} directory (a build that has
 * not packaged yet) the jar is made from that directory.
 */
final class ConsumerRepository {

  private static final Pattern PARENT_VERSION =
      Pattern.compile("<artifactId>readiness-parent</artifactId>\\s*<version>([^<]+)</version>");

  private final Path directory;
  private final String version;

  ConsumerRepository(Path directory, Path projectRoot) throws IOException {
    this.directory = Files.createDirectories(directory);
    Matcher matcher = PARENT_VERSION.matcher(Files.readString(projectRoot.resolve("pom.xml")));
    if (!matcher.find()) {
      throw new IllegalStateException(projectRoot.resolve("pom.xml") + " names no readiness-parent version");
    }
    this.version = matcher.group(1);
  }

  /**
   * @param artifactId the module's artifact id (group {@code dev.readiness})
   * @param pom the module's POM
   * @param classInJar a class of the module's jar, or {@code null} for a POM-only module
   * @return this repository
   */
  ConsumerRepository put(String artifactId, Path pom, Class<?> classInJar) throws IOException, URISyntaxException {
    Path folder = Files.createDirectories(directory.resolve("dev/readiness").resolve(artifactId).resolve(version));
    String base = artifactId + "-" + version;
    Files.copy(pom, folder.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (classInJar != null) {
      Path location = Path.of(classInJar.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path jar = folder.resolve(base + ".jar");
      if (Files.isDirectory(location)) {
        writeJar(location, jar);
      } else {
        Files.copy(location, jar, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return this;
  }

  /** @return the repository's directory, for {@code -Dmaven.repo.local} */
  Path directory() {
    return directory;
  }

  private static void writeJar(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Path file : files) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }
}
