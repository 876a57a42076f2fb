package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Reads a container's configuration from a Docker daemon. Close it to release the connection. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ContainerInspector extends AutoCloseable {

  /**
   * @param reference a container name or id
   * @return what Docker reports about the container
   * @throws ContainerException when the container does not exist or Docker does not answer
   */
  InspectedContainer inspect(String reference);

  /** Releases the connection; never throws. */
  @Override
  void close();
}
