package dev.readiness.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * The runtime test stack on the local Docker daemon: a network, optionally Redis ({@code readiness/redis:local}, alias
 * {@code redis}) and the small application ({@code readiness/runtime-app:local}) with the environment that chooses
 * its behaviour, published on an ephemeral port of 127.0.0.1. Both images are built by .ci/docker-images.sh. Skips
 * the test, saying why, when no daemon answers or an image is missing; removes everything on close.
 */
public final class RuntimeStack implements AutoCloseable {

  /** The application image. */
  public static final String APP_IMAGE = "readiness/runtime-app:local";

  /** The Redis image. */
  public static final String REDIS_IMAGE = "readiness/redis:local";

  /** The login the application accepts. */
  public static final String PASSWORD = "correct-horse-battery";

  private final DockerClient client;
  private final String network;
  private final List<String> created = new ArrayList<>();
  private String app;
  private String redis;

  private RuntimeStack(DockerClient client) {
    this.client = client;
    this.network = client.createNetworkCmd().withName("readiness-runtime-" + UUID.randomUUID()).exec().getId();
  }

  /**
   * @return a stack with nothing started yet
   * @throws org.opentest4j.TestAbortedException when no daemon answers or an image is not built
   */
  public static RuntimeStack require() {
    DockerClient client;
    try {
      client = DockerClientProviderStrategy.getClientForConfig(DockerClientFactory.instance().getTransportConfig());
      client.pingCmd().exec();
    } catch (RuntimeException e) {
      assumeTrue(false, "no Docker daemon answers (" + e.getMessage() + "): start one with 'dockerd "
          + ">/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
      throw e;
    }
    for (String image : List.of(APP_IMAGE, REDIS_IMAGE)) {
      try {
        client.inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
    return new RuntimeStack(client);
  }

  /** @return this stack, with Redis running on its network under the alias {@code redis} */
  public RuntimeStack withRedis() {
    redis = start(client.createContainerCmd(REDIS_IMAGE).withHostConfig(HostConfig.newHostConfig()
        .withNetworkMode(network)).withAliases("redis"));
    return this;
  }

  /**
   * Starts the application and waits (at most 30 s) until its health endpoint answers.
   *
   * @param env the environment that chooses its behaviour, such as {@code STORE=redis}
   * @return this stack
   */
  public RuntimeStack withApp(String... env) {
    ExposedPort http = ExposedPort.tcp(8080);
    Ports ports = new Ports();
    ports.bind(http, Ports.Binding.bindIp("127.0.0.1"));
    app = start(client.createContainerCmd(APP_IMAGE).withEnv(env).withExposedPorts(http)
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network).withPortBindings(ports)));
    awaitHealth();
    return this;
  }

  /** @return the application's container id */
  public String app() {
    return app;
  }

  /** @return the Redis container id */
  public String redis() {
    return redis;
  }

  /** @return the application's base URL now, such as {@code http://127.0.0.1:32768/} */
  public String url() {
    Ports.Binding[] bindings = client.inspectContainerCmd(app).exec().getNetworkSettings().getPorts().getBindings()
        .get(ExposedPort.tcp(8080));
    return "http://127.0.0.1:" + bindings[0].getHostPortSpec() + "/";
  }

  /** @return the application's name, as the checks' messages show it */
  public String appName() {
    return client.inspectContainerCmd(app).exec().getName().substring(1);
  }

  /** @return the Redis container's name */
  public String redisName() {
    return client.inspectContainerCmd(redis).exec().getName().substring(1);
  }

  /**
   * @param body the profile below {@code target}
   * @return a profile naming the application's URL and container, then {@code body}
   */
  public String profile(String body) {
    return "target:\n  url: " + url() + "\n  timeout: 10s\ncontainers: [" + app + "]\n" + body;
  }

  private String start(CreateContainerCmd command) {
    String id = command.withLabels(Map.of("dev.readiness.test", "runtime-checks")).exec().getId();
    created.add(id);
    client.startContainerCmd(id).exec();
    return id;
  }

  private void awaitHealth() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant end = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(end)) {
      try {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url() + "health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the application container " + app + " did not answer /health within 30 s: "
        + "docker logs " + app);
  }

  @Override
  public void close() {
    for (String id : created) {
      try {
        client.removeContainerCmd(id).withForce(true).exec();
      } catch (NotFoundException e) {
        // already gone
      }
    }
    client.removeNetworkCmd(network).exec();
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
