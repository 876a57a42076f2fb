package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The containers of one run, inspected once and shared by the {@code container.*} checks: either every container
 * or the reason none could be read. Connecting and inspecting run on their own thread under one deadline, so a
 * daemon that hangs costs at most {@link #DEADLINE}.
 *
 * @param containers the inspected containers, in the order asked for; empty when {@code failure} is present
 * @param failure why the containers could not be inspected
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContainerScan(List<InspectedContainer> containers, Optional<String> failure) {

  /** How long connecting to Docker and inspecting every container may take together. */
  public static final Duration DEADLINE = Duration.ofSeconds(30);

  private static final String TESTCONTAINERS = "org.testcontainers.DockerClientFactory";

  /** Copies the list. */
  public ContainerScan {
    containers = List.copyOf(containers);
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * Inspects the containers through the Docker daemon Testcontainers finds.
   *
   * @param references container names or ids
   * @return the scan; its failure names the cause when Testcontainers is missing, Docker is unreachable or slow, or
   *     a container does not exist
   */
  public static ContainerScan of(List<String> references) {
    return of(references, ContainerScan::dockerInspector, DEADLINE);
  }

  /**
   * @param references container names or ids
   * @param connect opens the inspector; may throw {@link ContainerException}
   * @param deadline how long connecting and inspecting may take together
   * @return the scan
   */
  public static ContainerScan of(List<String> references, Supplier<ContainerInspector> connect, Duration deadline) {
    ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "readiness-docker-inspect");
      thread.setDaemon(true);
      return thread;
    });
    Future<List<InspectedContainer>> inspection = executor.submit(() -> {
      try (ContainerInspector inspector = connect.get()) {
        List<InspectedContainer> inspected = new ArrayList<>();
        for (String reference : references) {
          inspected.add(inspector.inspect(reference));
        }
        return inspected;
      }
    });
    try {
      return new ContainerScan(inspection.get(deadline.toMillis(), TimeUnit.MILLISECONDS), Optional.empty());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return failed(cause instanceof ContainerException ? cause.getMessage()
          : "inspecting the containers " + references + " failed: " + cause);
    } catch (TimeoutException e) {
      return failed("Docker did not answer within " + (deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s"
          : deadline.toMillis() + " ms") + " while inspecting " + references);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("interrupted while inspecting the containers " + references);
    } finally {
      executor.shutdownNow();
    }
  }

  private static ContainerScan failed(String reason) {
    return new ContainerScan(List.of(), Optional.of(reason));
  }

  private static ContainerInspector dockerInspector() {
    try {
      Class.forName(TESTCONTAINERS, false, ContainerScan.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ContainerException("the container checks read containers through Testcontainers' Docker client: "
          + "add org.testcontainers:testcontainers to the class path");
    }
    return DockerContainerInspector.connect();
  }
}
