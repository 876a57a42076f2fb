package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The container behind the target URL, which the runtime checks restart, signal and stop: the configured one, else
 * the first of the profile's {@code containers} (which a JUnit {@code @ReadinessTarget} field sets). Docker may
 * publish a container's port on another host port after a restart, so the target's base URL is found again from
 * the container port whose host port the target URL names.
 *
 * @param reference the container's name or id
 * @param containerPort the container port the target URL reaches; empty when the URL reaches no published port of
 *     the container (a proxy in front, host networking), and then the URL is kept as it is
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ApplicationContainer(String reference, Optional<Integer> containerPort) {

  /** Rejects null components. */
  public ApplicationContainer {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(containerPort, "containerPort");
  }

  /**
   * @param configured the section's own {@code container} key
   * @param containers the profile's {@code containers}
   * @return the configured container, else the first of {@code containers}, else empty
   */
  public static Optional<String> reference(Optional<String> configured, List<String> containers) {
    return configured.or(() -> containers.stream().findFirst());
  }

  /**
   * The container as the run first found it: the container port is looked up once per run and shared, so a check
   * that runs after another restarted the container (and Docker moved its host port) still finds it.
   *
   * @param context the running check's context
   * @param control the Docker control
   * @param reference the container's name or id
   * @return the container, with the container port the target URL reaches when it reaches one
   */
  public static ApplicationContainer of(CheckContext context, ContainerControl control, String reference) {
    return context.shared().computeIfAbsent("dev.readiness.container.ApplicationContainer:" + reference,
        ApplicationContainer.class, () -> of(control, reference, context.target().url()));
  }

  /**
   * @param control the Docker control
   * @param reference the container's name or id
   * @param targetUrl the target's base URL as configured
   * @return the container, with the container port whose host port the URL names; else, when the container
   *     publishes exactly one TCP port, that one; else none
   */
  public static ApplicationContainer of(ContainerControl control, String reference, URI targetUrl) {
    int port = port(targetUrl);
    Map<Integer, Integer> published = control.publishedPorts(reference);
    Optional<Integer> reached = published.entrySet().stream()
        .filter(entry -> entry.getValue() == port).map(Map.Entry::getKey).findFirst();
    return new ApplicationContainer(reference, reached.isPresent() || published.size() != 1 ? reached
        : published.keySet().stream().findFirst());
  }

  /**
   * @param control the Docker control
   * @param targetUrl the target's base URL as configured
   * @return the base URL that reaches the container now: the target URL on the container port's current host port
   * @throws ContainerException when the container publishes the port no more
   */
  public URI baseUrl(ContainerControl control, URI targetUrl) {
    if (containerPort.isEmpty()) {
      return targetUrl;
    }
    Integer hostPort = control.publishedPorts(reference).get(containerPort.get());
    if (hostPort == null) {
      throw new ContainerException("container '" + reference + "' no longer publishes port " + containerPort.get()
          + ": is it running?");
    }
    try {
      return new URI(targetUrl.getScheme(), targetUrl.getUserInfo(), targetUrl.getHost(), hostPort,
          targetUrl.getPath(), targetUrl.getQuery(), targetUrl.getFragment());
    } catch (URISyntaxException e) {
      throw new ContainerException("cannot rebuild " + targetUrl + " on port " + hostPort + ": " + e.getMessage(), e);
    }
  }

  private static int port(URI url) {
    return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }
}
