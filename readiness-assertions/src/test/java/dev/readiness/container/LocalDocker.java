package dev.readiness.container;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * The local Docker daemon for the container ITs: whether it answers, the images {@code .ci/docker-images.sh} builds,
 * and containers created for one test and removed after it. It opens its own client, so no Ryuk and no pull.
 */
final class LocalDocker implements AutoCloseable {

  static final String ROOT_IMAGE = "readiness/httpd:root";
  static final String NON_ROOT_IMAGE = "readiness/httpd:nonroot";

  private final DockerClient client;
  private final List<String> created = new ArrayList<>();

  private LocalDocker(DockerClient client) {
    this.client = client;
  }

  /** @return why no daemon can be used, or empty when one answers */
  static Optional<String> unavailable() {
    try {
      DockerClientFactory.instance().getTransportConfig();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("no Docker daemon answers (" + e.getMessage() + "): start one with "
          + "'dockerd >/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
    }
  }

  /** Skips the test when no daemon answers or the local images are missing; else connects. */
  static LocalDocker require() {
    Optional<String> unavailable = unavailable();
    assumeTrue(unavailable.isEmpty(), unavailable::get);
    LocalDocker docker = new LocalDocker(DockerClientProviderStrategy.getClientForConfig(
        DockerClientFactory.instance().getTransportConfig()));
    for (String image : List.of(ROOT_IMAGE, NON_ROOT_IMAGE)) {
      try {
        docker.client.inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
    return docker;
  }

  /** @return the id of a started container of the image, set up by the modifier */
  String start(String image, Consumer<CreateContainerCmd> modifier) {
    String id = create(image, modifier);
    client.startContainerCmd(id).exec();
    return id;
  }

  /** @return the id of a created container that is not started */
  String create(String image, Consumer<CreateContainerCmd> modifier) {
    CreateContainerCmd command = client.createContainerCmd(image).withLabels(java.util.Map.of("dev.readiness.test",
        "container-checks"));
    modifier.accept(command);
    String id = command.exec().getId();
    created.add(id);
    return id;
  }

  /** @return the container's name, without Docker's leading slash */
  String name(String id) {
    return client.inspectContainerCmd(id).exec().getName().substring(1);
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
    try {
      client.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
