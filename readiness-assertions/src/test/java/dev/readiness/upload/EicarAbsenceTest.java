package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The EICAR test file must exist only at run time: anti-virus in users' CI would flag a jar, a class file or a
 * source that contains it. This test reads every source and built class or resource of the repository.
 */
class EicarAbsenceTest {

  private static final Set<String> BUILT = Set.of("classes", "test-classes");

  @Test
  void theAssembledFileIsTheRealEicarFile() throws Exception {
    byte[] eicar = Eicar.bytes();

    assertThat(eicar).hasSize(68);
    assertThat(Eicar.text()).startsWith("X5O!").endsWith("!$H+H*");
    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(eicar)))
        .isEqualTo(Eicar.SHA_256);
  }

  @Test
  void noSourceClassOrResourceOfTheRepositoryContainsIt() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("readiness-assertions/src/main/java/dev/readiness/upload/Eicar.java")).exists();
    assertThat(root.resolve("readiness-assertions/target/classes/dev/readiness/upload/Eicar.class")).exists();
    String eicar = Eicar.text();
    List<Path> scanned = new ArrayList<>();
    List<Path> containing = new ArrayList<>();

    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean insideTarget = dir.getParent() != null && dir.getParent().getFileName() != null
            && dir.getParent().getFileName().toString().equals("target");
        if (name.equals(".git") || name.equals("node_modules") || insideTarget && !BUILT.contains(name)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !file.getParent().endsWith("target")) {
          scanned.add(file);
          if (contains(file, eicar)) {
            containing.add(root.relativize(file));
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });

    assertThat(scanned).as("files scanned").hasSizeGreaterThan(100)
        .anySatisfy(f -> assertThat(f.toString()).endsWith("UploadPayloads.class"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith("EicarAbsenceTest.java"));
    assertThat(containing).as("files that contain the EICAR string").isEmpty();
  }

  private static boolean contains(Path file, String eicar) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(eicar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
