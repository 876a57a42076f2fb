package dev.readiness.cli;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.DockerComposeContainer;

/**
 * A Compose project started through Testcontainers' Compose module ({@code DockerComposeContainer} with the local
 * {@code docker-compose}) for {@code scan --compose}: the application service's published port on 127.0.0.1 is the
 * target, and every service's container is known by its name. {@link #start} returns once the application answers
 * its health path with 2xx (without one: once it answers {@code /} at all); {@link #close} runs {@code docker-compose down -v} once, also from the shutdown hook that
 * Ctrl-C runs. The one class of the command line that touches Testcontainers.
 */
final class ComposeStack implements AutoCloseable {

  /** How long the application may take to answer its health path with 2xx after {@code docker-compose up}. */
  static final Duration HEALTH_WITHIN = Duration.ofSeconds(120);

  private static final Duration POLL = Duration.ofMillis(500);

  private final DockerComposeContainer<?> compose;
  private final List<String> services;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread hook = new Thread(this::down, "readiness-compose-down");
  private String targetUrl = "";
  private String application = "";

  private ComposeStack(DockerComposeContainer<?> compose, List<String> services) {
    this.compose = compose;
    this.services = services;
  }

  /** @return empty when a Docker daemon answers, else why not, in one line */
  static Optional<String> dockerUnavailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
          : Optional.of("no Docker daemon answers (start one, or point DOCKER_HOST at it)");
    } catch (RuntimeException e) {
      return Optional.of("no Docker daemon answers: " + e.getMessage());
    }
  }

  /**
   * Starts the project and waits for the application.
   *
   * @param file the Compose file
   * @param services the file's services ({@link ComposeFile#services})
   * @param service the application service
   * @param port the application's container port; empty when it publishes exactly one
   * @param template the target URL whose scheme and path are kept; host and port become 127.0.0.1 and the port
   *     the service publishes
   * @param healthPath the path that answers 2xx once the application serves; empty: any HTTP answer to {@code /}
   * @return the running stack; close it
   * @throws IllegalStateException naming the service when the project does not start, the service publishes no
   *     such port, or the application is not healthy within {@link #HEALTH_WITHIN}; the project is then down again
   */
  static ComposeStack start(Path file, List<String> services, String service, OptionalInt port, URI template,
      Optional<String> healthPath) {
    ComposeStack stack = new ComposeStack(localCompose(file), services);
    Runtime.getRuntime().addShutdownHook(stack.hook);
    try {
      stack.compose.start();
      InspectContainerResponse app = stack.inspect(service);
      stack.application = name(app);
      URI target = new URI(template.getScheme(), null, "127.0.0.1", hostPort(app, service, port),
          template.getPath(), null, null);
      stack.targetUrl = target.toString();
      awaitAnswer(target.resolve(healthPath.orElse("/")), healthPath.isPresent(), service);
      return stack;
    } catch (RuntimeException | URISyntaxException e) {
      stack.close();
      throw new IllegalStateException("the compose project did not start: " + e.getMessage(), e);
    }
  }

  /**
   * The constructors without an image are the ones that run the local {@code docker-compose} (Testcontainers 2
   * deprecates them in favour of compose in a container, an image that cannot be pulled without a registry).
   */
  @SuppressWarnings("deprecation")
  private static DockerComposeContainer<?> localCompose(Path file) {
    return new DockerComposeContainer<>(List.of(file.toAbsolutePath().toFile())).withPull(false)
        .withRemoveVolumes(true);
  }

  /** @return the application's base URL, such as {@code http://127.0.0.1:<published port>/} */
  String targetUrl() {
    return targetUrl;
  }

  /** @return the application service's container name */
  String application() {
    return application;
  }

  /** @return every service's container name, by service name */
  Map<String, String> containers() {
    Map<String, String> names = new TreeMap<>();
    for (String service : services) {
      compose.getContainerByServiceName(service).ifPresent(state -> names.put(service, name(state.getContainerInfo())));
    }
    return names;
  }

  /** Takes the project down ({@code docker-compose down -v}) unless that was done already; never throws. */
  @Override
  public void close() {
    down();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the JVM is shutting down (the hook runs) or the hook is gone already: down() is done either way
    }
  }

  private void down() {
    if (closed.compareAndSet(false, true)) {
      try {
        compose.stop();
      } catch (RuntimeException e) {
        System.err.println("readiness: docker-compose down failed: " + e.getMessage());
      }
    }
  }

  private InspectContainerResponse inspect(String service) {
    ContainerState state = compose.getContainerByServiceName(service).orElseThrow(() -> new IllegalStateException(
        "the service '" + service + "' has no container after docker-compose up"));
    return state.getContainerInfo();
  }

  private static String name(InspectContainerResponse container) {
    return container.getName() == null ? container.getId() : container.getName().replaceFirst("^/", "");
  }

  private static int hostPort(InspectContainerResponse app, String service, OptionalInt port) {
    Map<Integer, Integer> published = new TreeMap<>();
    if (app.getNetworkSettings() != null && app.getNetworkSettings().getPorts() != null) {
      for (Map.Entry<ExposedPort, Ports.Binding[]> entry
          : app.getNetworkSettings().getPorts().getBindings().entrySet()) {
        if (entry.getKey().getProtocol() == InternetProtocol.TCP && entry.getValue() != null) {
          for (Ports.Binding binding : entry.getValue()) {
            if (binding.getHostPortSpec() != null && binding.getHostPortSpec().matches("[0-9]{1,5}")) {
              published.putIfAbsent(entry.getKey().getPort(), Integer.parseInt(binding.getHostPortSpec()));
            }
          }
        }
      }
    }
    if (port.isPresent()) {
      Integer host = published.get(port.getAsInt());
      if (host == null) {
        throw new IllegalStateException("the service '" + service + "' does not publish port " + port.getAsInt()
            + " (published: " + published.keySet() + "); add ports: [\"127.0.0.1::" + port.getAsInt() + "\"]");
      }
      return host;
    }
    if (published.size() != 1) {
      throw new IllegalStateException("the service '" + service + "' publishes " + (published.isEmpty() ? "no port"
          : "the ports " + published.keySet() + "; name the one to scan with --port")
          + (published.isEmpty() ? "; add ports: [\"127.0.0.1::8080\"] (its container port) to it" : ""));
    }
    return published.values().iterator().next();
  }

  private static void awaitAnswer(URI health, boolean only2xx, String service) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    Instant deadline = Instant.now().plus(HEALTH_WITHIN);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET()
            .build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 == 2 || !only2xx) {
          return;
        }
        last = "status " + answer.statusCode();
      } catch (IOException e) {
        last = "no answer (" + e.getClass().getSimpleName() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + health, e);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + health, e);
      }
    }
    throw new IllegalStateException("the service '" + service + "' did not answer GET " + health
        + (only2xx ? " with 2xx" : "") + " within " + HEALTH_WITHIN.toSeconds() + " s (last: " + last + ")");
  }
}
