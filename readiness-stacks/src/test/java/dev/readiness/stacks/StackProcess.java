package dev.readiness.stacks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process of a stack (node, python, nginx), started in its own directory with its output copied to a log file
 * there. {@link #awaitReadyLine} waits for the line {@code READY https=<port> http=<port>} that the Express and
 * FastAPI stacks print once both listeners are bound on 127.0.0.1. {@link #close} stops the process and its children
 * (SIGTERM, then SIGKILL after 5 s).
 */
final class StackProcess implements AutoCloseable {

  /** How long a stack may take to start before the test fails naming its log. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern READY = Pattern.compile("READY https=(\\d+) http=(\\d+)");

  private final String name;
  private final Process process;
  private final Path log;
  private final CompletableFuture<Matcher> ready = new CompletableFuture<>();

  private StackProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    Thread copier = new Thread(this::copyOutput, name + "-output");
    copier.setDaemon(true);
    copier.start();
  }

  /**
   * @param name how messages name the process
   * @param command the command line
   * @param environment variables added to this JVM's environment
   * @param dir the working directory, which receives {@code <name>.log}
   * @return the started process, not yet ready
   */
  static StackProcess start(String name, List<String> command, Map<String, String> environment, Path dir)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    return new StackProcess(name, builder.start(), dir.resolve(name + ".log"));
  }

  /** @return the HTTPS and plain-HTTP ports the process printed, once it printed them */
  int[] awaitReadyLine() {
    try {
      Matcher matcher = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(name + " did not print its READY line within " + START_TIMEOUT.toSeconds()
          + " s (alive: " + process.isAlive() + "); its output:\n" + output(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + name + " started", e);
    }
  }

  /** @return whether the process still runs */
  boolean isAlive() {
    return process.isAlive();
  }

  /** @return what the process wrote so far, for failure messages */
  String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  private void copyOutput() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Matcher matcher = READY.matcher(line);
        if (matcher.find()) {
          ready.complete(matcher);
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(new UncheckedIOException(e));
    }
    ready.completeExceptionally(new IllegalStateException(name + " ended"));
  }

  /** Stops the process and its descendants; waits at most 10 s. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
