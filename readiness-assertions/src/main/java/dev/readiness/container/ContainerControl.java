package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Drives the stack's containers through a Docker daemon for the runtime checks ({@code resilience.*},
 * {@code logs.secrets}, {@code shutdown.graceful}): restart, stop, start, signal, read the logs and the state. Every
 * call is bounded; a daemon that does not answer, or a container that does not exist, is a
 * {@link ContainerException} naming the container and the call. Close it to release the connection.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ContainerControl extends AutoCloseable {

  /**
   * Opens a control over the Docker daemon Testcontainers finds ({@code DOCKER_HOST},
   * {@code ~/.testcontainers.properties}, the local socket), without Ryuk, start-up checks or pulls.
   *
   * @return the control; close it when done
   * @throws ContainerException when Testcontainers is not on the class path or no daemon answers
   */
  static ContainerControl connect() {
    try {
      Class.forName("org.testcontainers.DockerClientFactory", false, ContainerControl.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ContainerException("the runtime checks drive containers through Testcontainers' Docker client: "
          + "add org.testcontainers:testcontainers to the class path");
    }
    return DockerContainerControl.connect();
  }

  /**
   * @param reference a container name or id
   * @return its state as Docker reports it now
   */
  ContainerState state(String reference);

  /**
   * @param reference a container name or id
   * @return the container's published TCP ports: container port to host port
   */
  Map<Integer, Integer> publishedPorts(String reference);

  /**
   * Restarts a container as {@code docker restart -t} does: SIGTERM, SIGKILL after the timeout, then start.
   *
   * @param reference a container name or id
   * @param stopTimeout how long it may take to stop before it is killed
   */
  void restart(String reference, Duration stopTimeout);

  /**
   * Stops a container as {@code docker stop -t} does.
   *
   * @param reference a container name or id
   * @param stopTimeout how long it may take to stop before it is killed
   */
  void stop(String reference, Duration stopTimeout);

  /** @param reference a container name or id to start; starting a running container changes nothing */
  void start(String reference);

  /**
   * Sends a signal to the container's main process, as {@code docker kill -s} does.
   *
   * @param reference a container name or id
   * @param signal the signal's name, such as {@code TERM} or {@code KILL}
   */
  void signal(String reference, String signal);

  /**
   * @param reference a container name or id
   * @return the container's standard output and error since it was created, at most the last 1 MiB
   */
  String logs(String reference);

  /** Releases the connection; never throws. */
  @Override
  void close();
}
