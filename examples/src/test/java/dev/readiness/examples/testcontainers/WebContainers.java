package dev.readiness.examples.testcontainers;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** The web server of the examples: busybox httpd of a locally built image on port 8080. */
final class WebContainers {

  /** Runs as uid 10001 (the image sets {@code USER 10001:10001}). */
  static final String NON_ROOT = "readiness/httpd:nonroot";

  /** Sets no {@code USER}, so it runs as root: "Root user in containers" as the seed report found it. */
  static final String ROOT = "readiness/httpd:root";

  private WebContainers() {}

  /**
   * @param image a locally built image
   * @return a container of it that never pulls (no registry is needed) and counts as started once it serves {@code /}
   */
  static GenericContainer<?> httpd(String image) {
    return new GenericContainer<>(DockerImageName.parse(image))
        .withExposedPorts(8080)
        .withImagePullPolicy(name -> false)
        .waitingFor(Wait.forHttp("/"));
  }
}
