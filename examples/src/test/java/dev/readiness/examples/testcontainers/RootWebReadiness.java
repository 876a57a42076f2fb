package dev.readiness.examples.testcontainers;

import dev.readiness.junit.ReadinessSetting;
import dev.readiness.junit.ReadinessTarget;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ContainerKit;
import dev.readiness.junit.kit.OperationsKit;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same web server as the seed report found its containers: an image without {@code USER}, so it runs as root,
 * started with {@code --cap-add NET_ADMIN}. container.user and container.privileged fail, each with its fix;
 * health.endpoint still passes.
 */
@Testcontainers
@ReadinessTest
@ReadinessSetting(key = "paths.health", value = "/")
public class RootWebReadiness implements ContainerKit, OperationsKit {

  @Container
  @ReadinessTarget(port = 8080)
  static GenericContainer<?> web = WebContainers.httpd(WebContainers.ROOT)
      .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCapAdd(
          com.github.dockerjava.api.model.Capability.NET_ADMIN));
}
