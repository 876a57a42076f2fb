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
 * The example to copy: Testcontainers starts the web container, {@code @ReadinessTarget} makes it the stack under
 * test, and the kits check it from outside (health.endpoint at its mapped port) and from Docker (container.user,
 * container.privileged). All three pass: the image runs as a non-root user and nothing is added to its privileges.
 */
@Testcontainers
@ReadinessTest
@ReadinessSetting(key = "paths.health", value = "/")
public class HardenedWebReadiness implements ContainerKit, OperationsKit {

  @Container
  @ReadinessTarget
  static GenericContainer<?> web = WebContainers.httpd(WebContainers.NON_ROOT);
}
