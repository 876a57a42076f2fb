package dev.readiness.stacks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A started stack: its HTTPS and plain-HTTP URLs on 127.0.0.1, the {@code readiness.yaml} that describes it (with
 * the test CA as {@code target.trust}), and the processes to stop. {@link #close} stops them in reverse order of
 * start and deletes the stack's directory.
 */
final class RunningStack implements AutoCloseable {

  private final String name;
  private final Path dir;
  private final URI httpsUrl;
  private final URI httpUrl;
  private final String password;
  private final Path profile;
  private final List<AutoCloseable> parts;

  RunningStack(String name, Path dir, URI httpsUrl, URI httpUrl, String password, Path profile,
      List<AutoCloseable> parts) {
    this.name = name;
    this.dir = dir;
    this.httpsUrl = httpsUrl;
    this.httpUrl = httpUrl;
    this.password = password;
    this.profile = profile;
    this.parts = List.copyOf(parts);
  }

  /** @return how reports and messages name the stack, with its faults */
  String name() {
    return name;
  }

  /** @return the HTTPS base URL, {@code https://127.0.0.1:<port>} */
  URI httpsUrl() {
    return httpsUrl;
  }

  /** @return the plain-HTTP base URL, which redirects to {@link #httpsUrl} */
  URI httpUrl() {
    return httpUrl;
  }

  /** @return the password of the profile's user, random per start */
  String password() {
    return password;
  }

  /** @return the stack's {@code readiness.yaml}, valid while the stack runs */
  Path profile() {
    return profile;
  }

  /** @return the stack's working directory (certificates, logs, configuration) */
  Path dir() {
    return dir;
  }

  @Override
  public String toString() {
    return name + " at " + httpsUrl;
  }

  @Override
  public void close() throws Exception {
    List<AutoCloseable> reversed = new ArrayList<>(parts);
    Collections.reverse(reversed);
    for (AutoCloseable part : reversed) {
      part.close();
    }
    deleteTree(dir);
  }

  /** Deletes {@code dir} and everything under it, if it exists. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
