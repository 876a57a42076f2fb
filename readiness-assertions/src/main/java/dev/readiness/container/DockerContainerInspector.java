package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * A {@link ContainerInspector} over the Docker client Testcontainers carries (docker-java). It finds the daemon the
 * way Testcontainers does ({@code DOCKER_HOST}, {@code ~/.testcontainers.properties}, the local socket), but opens
 * its own client: it never starts Ryuk, runs no start-up checks and pulls no image, so inspecting a stack never
 * needs a registry. The only class of the core that touches Testcontainers; load it only when Testcontainers is on
 * the class path ({@link ContainerScan} does).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DockerContainerInspector implements ContainerInspector {

  private final DockerClient client;
  private final String host;

  private DockerContainerInspector(DockerClient client, String host) {
    this.client = client;
    this.host = host;
  }

  /**
   * Finds the Docker daemon and connects to it.
   *
   * @return an inspector; close it when done
   * @throws ContainerException when no Docker daemon answers
   */
  public static DockerContainerInspector connect() {
    try {
      var transport = DockerClientFactory.instance().getTransportConfig();
      return new DockerContainerInspector(DockerClientProviderStrategy.getClientForConfig(transport),
          transport.getDockerHost().toString());
    } catch (RuntimeException e) {
      throw new ContainerException("Docker is unreachable: " + e.getMessage() + " (start the Docker daemon, or "
          + "point DOCKER_HOST at it)", e);
    }
  }

  @Override
  public InspectedContainer inspect(String reference) {
    InspectContainerResponse response;
    try {
      response = client.inspectContainerCmd(reference).exec();
    } catch (NotFoundException e) {
      throw new ContainerException("no container named or with id '" + reference + "' on the Docker host " + host
          + ": is it running?", e);
    } catch (RuntimeException e) {
      throw new ContainerException("docker inspect " + reference + " on " + host + " failed: " + e.getMessage(), e);
    }
    HostConfig hostConfig = Optional.ofNullable(response.getHostConfig()).orElseGet(HostConfig::new);
    var config = response.getConfig();
    return new InspectedContainer(
        reference,
        response.getId(),
        Objects.requireNonNullElse(response.getName(), reference).replaceFirst("^/", ""),
        config == null || config.getImage() == null ? Objects.requireNonNullElse(response.getImageId(), "?")
            : config.getImage(),
        response.getState() == null ? "unknown" : Objects.requireNonNullElse(response.getState().getStatus(), "unknown"),
        new ContainerUser(config == null ? "" : config.getUser()),
        Boolean.TRUE.equals(hostConfig.getPrivileged()),
        capabilities(hostConfig, "CapAdd", hostConfig.getCapAdd()),
        capabilities(hostConfig, "CapDrop", hostConfig.getCapDrop()),
        new ResourceLimits(orZero(hostConfig.getMemory()), orZero(hostConfig.getNanoCPUs()),
            orZero(hostConfig.getCpuQuota()), orZero(hostConfig.getCpuPeriod()), orZero(hostConfig.getPidsLimit())));
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // the connection is gone either way; nothing a check could report
    }
  }

  /** The capability names exactly as the daemon sent them, else docker-java's reading of them. */
  private static List<String> capabilities(HostConfig hostConfig, String key, Capability[] typed) {
    Object raw = hostConfig.getRawValues().get(key);
    if (raw instanceof List<?> names) {
      return names.stream().map(String::valueOf).toList();
    }
    return typed == null ? List.of() : Arrays.stream(typed).map(Capability::name).toList();
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
