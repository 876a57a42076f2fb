package dev.readiness.junit;

import java.util.List;
import java.util.Optional;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.ContainerState;

/**
 * Where a {@link ReadinessTarget} container answers and which containers it is: the URL from its host and mapped
 * port, and the container ids the {@code container.*} checks inspect. The one class of the extension that touches
 * Testcontainers, loaded only when a test class marks a field.
 *
 * @param url the target URL, for example {@code http://localhost:32768}
 * @param containers the ids of the containers to inspect
 */
record ContainerEndpoint(String url, List<String> containers) {

  /**
   * @param value the field's value
   * @param target the field's annotation
   * @param place the field, for messages
   * @return the endpoint
   * @throws ReadinessConfigurationException naming the field when the value is not a running container or has no
   *     port to speak to
   */
  static ContainerEndpoint of(Object value, ReadinessTarget target, String place) {
    if (!target.scheme().equals("http") && !target.scheme().equals("https")) {
      throw new ReadinessConfigurationException(place + ": scheme '" + target.scheme() + "' must be http or https");
    }
    if (value instanceof ComposeContainer compose) {
      return compose(compose, target, place);
    }
    if (value instanceof ContainerState container) {
      return container(container, target, place);
    }
    throw new ReadinessConfigurationException(place + " holds " + (value == null ? "null" : "a "
        + value.getClass().getName()) + ", not a Testcontainers GenericContainer or ComposeContainer");
  }

  private static ContainerEndpoint container(ContainerState container, ReadinessTarget target, String place) {
    if (!container.isRunning()) {
      throw new ReadinessConfigurationException(place + ": the container is not running; annotate the field with "
          + "@Container in a @Testcontainers class, or start it in a @BeforeAll method");
    }
    int port = target.port() > 0 ? target.port() : container.getExposedPorts().stream().findFirst()
        .orElseThrow(() -> new ReadinessConfigurationException(place + ": the container exposes no port; call "
            + "withExposedPorts(...) or set @ReadinessTarget(port = ...)"));
    int mapped;
    try {
      mapped = container.getMappedPort(port);
    } catch (IllegalArgumentException e) {
      throw new ReadinessConfigurationException(place + ": port " + port + " is not exposed (exposed: "
          + container.getExposedPorts() + "); add it with withExposedPorts(" + port + ")", e);
    }
    return new ContainerEndpoint(url(target, container.getHost(), mapped), List.of(container.getContainerId()));
  }

  private static ContainerEndpoint compose(ComposeContainer compose, ReadinessTarget target, String place) {
    if (target.service().isBlank() || target.port() <= 0) {
      throw new ReadinessConfigurationException(place + ": a ComposeContainer target needs the service and its "
          + "port: @ReadinessTarget(service = \"api\", port = 8080), exposed with withExposedService(\"api\", 8080)");
    }
    Optional<ContainerState> service = compose.getContainerByServiceName(target.service());
    if (service.isEmpty()) {
      throw new ReadinessConfigurationException(place + ": the compose service '" + target.service() + "' has no "
          + "running container; is the ComposeContainer started and the service named as in the compose file?");
    }
    try {
      return new ContainerEndpoint(url(target, compose.getServiceHost(target.service(), target.port()),
          compose.getServicePort(target.service(), target.port())), List.of(service.get().getContainerId()));
    } catch (RuntimeException e) {
      throw new ReadinessConfigurationException(place + ": port " + target.port() + " of the compose service '"
          + target.service() + "' is not exposed: " + e.getMessage() + "; add withExposedService(\""
          + target.service() + "\", " + target.port() + ")", e);
    }
  }

  private static String url(ReadinessTarget target, String host, int port) {
    return target.scheme() + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
