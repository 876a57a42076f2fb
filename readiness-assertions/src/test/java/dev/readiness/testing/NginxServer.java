package dev.readiness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx, started by a test on loopback ports with a configuration of its own, in a private directory.
 * {@link #start} skips the calling test (a JUnit assumption) where nginx is not installed; {@code .ci/run} installs
 * it, so CI always runs these tests. {@link #close()} stops nginx and waits for it.
 */
public final class NginxServer implements AutoCloseable {

  private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private final Process process;
  private final Path directory;
  private final List<Integer> ports;

  private NginxServer(Process process, Path directory, List<Integer> ports) {
    this.process = process;
    this.directory = directory;
    this.ports = ports;
  }

  /** @return true when an nginx binary is installed */
  public static boolean isInstalled() {
    return BINARIES.stream().anyMatch(Files::isExecutable);
  }

  /**
   * Starts nginx with the given {@code http} block content, and waits until every port accepts connections.
   *
   * @param portCount how many free loopback ports the configuration needs
   * @param httpContext builds the content of the {@code http {}} block (server blocks, limit zones) from the ports
   *     and the server's private directory (for certificates and keys)
   * @return the running server
   */
  public static NginxServer start(int portCount, Function<Context, String> httpContext) {
    Assumptions.assumeTrue(isInstalled(), "nginx is not installed (apt-get install nginx-light; .ci/run does)");
    try {
      Path directory = Files.createTempDirectory("readiness-nginx");
      List<Integer> ports = freePorts(portCount);
      Path config = directory.resolve("nginx.conf");
      Files.writeString(config, configuration(directory, httpContext.apply(new Context(ports, directory))),
          StandardCharsets.UTF_8);
      Path binary = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow();
      Process process = new ProcessBuilder(binary.toString(), "-p", directory.toString(), "-c", config.toString(),
          "-e", directory.resolve("error.log").toString())
          .redirectErrorStream(true)
          .redirectOutput(directory.resolve("nginx.out").toFile())
          .start();
      NginxServer server = new NginxServer(process, directory, ports);
      server.awaitPorts();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the port at the index, in the order given to the configuration */
  public int port(int index) {
    return ports.get(index);
  }

  /** @return the server's private directory */
  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitPorts() throws IOException {
    Instant deadline = Instant.now().plus(STARTUP);
    for (int port : ports) {
      while (!accepts(port)) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          close();
          throw new IllegalStateException("nginx did not start on port " + port + ": "
              + Files.readString(directory.resolve("nginx.out")) + readIfExists(directory.resolve("error.log")));
        }
        sleep();
      }
    }
  }

  private static String readIfExists(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for nginx", e);
    }
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  private static String configuration(Path dir, String http) {
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    return user + """
        worker_processes 1;
        daemon off;
        master_process on;
        pid %1$s/nginx.pid;
        events { worker_connections 4096; }
        http {
          access_log off;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          default_type text/plain;
        %2$s
        }
        """.formatted(dir, http);
  }

  /**
   * What a configuration is built from.
   *
   * @param ports the free loopback ports, in order
   * @param directory the server's private directory, for certificate and key files
   */
  public record Context(List<Integer> ports, Path directory) {

    /** @return the port at the index */
    public int port(int index) {
      return ports.get(index);
    }
  }
}
