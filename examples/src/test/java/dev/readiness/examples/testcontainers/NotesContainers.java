package dev.readiness.examples.testcontainers;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The notes application of the runtime examples and its Redis, from the images .ci/docker-images.sh builds locally:
 * {@code readiness/runtime-app:local} (its environment chooses hardened or naive behaviour, see
 * .ci/runtime-app/RuntimeApp.java) and {@code readiness/redis:local}.
 */
final class NotesContainers {

  /** The application image. */
  static final String APP = "readiness/runtime-app:local";

  /** The Redis image. */
  static final String REDIS = "readiness/redis:local";

  private NotesContainers() {}

  /**
   * @param network the stack's network
   * @param name the container's name, which the profile's {@code dependency.container} names
   * @return Redis on the network as {@code redis}, never pulled
   */
  static GenericContainer<?> redis(Network network, String name) {
    return new GenericContainer<>(DockerImageName.parse(REDIS))
        .withNetwork(network)
        .withNetworkAliases("redis")
        .withCreateContainerCmdModifier(cmd -> cmd.withName(name))
        .withImagePullPolicy(image -> false)
        .waitingFor(Wait.forListeningPort());
  }

  /**
   * @param network the stack's network
   * @param env the environment that chooses the behaviour, such as {@code STORE=redis}
   * @return the application on port 8080, started once {@code /health} answers 200, never pulled
   */
  static GenericContainer<?> app(Network network, String... env) {
    GenericContainer<?> app = new GenericContainer<>(DockerImageName.parse(APP))
        .withNetwork(network)
        .withExposedPorts(8080)
        .withImagePullPolicy(image -> false)
        .waitingFor(Wait.forHttp("/health").forStatusCode(200));
    for (String variable : env) {
      app.withEnv(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
    }
    return app;
  }
}
