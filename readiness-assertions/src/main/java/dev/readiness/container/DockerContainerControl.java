package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;

/**
 * A {@link ContainerControl} over the Docker client Testcontainers carries (docker-java), found and opened as
 * {@link DockerContainerInspector} does (its own client: no Ryuk, no start-up checks, no pulls). Each call runs on
 * its own daemon thread under a deadline: {@link #CALL_DEADLINE}, plus the stop timeout for stop and restart. Load it
 * only when Testcontainers is on the class path ({@link ContainerControl#connect()} does).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DockerContainerControl implements ContainerControl {

  /** How long one Docker call may take, beyond a stop timeout. */
  public static final Duration CALL_DEADLINE = Duration.ofSeconds(30);

  private static final int LOG_LIMIT = 1 << 20;

  private final DockerClient client;
  private final String host;
  private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "readiness-docker-control");
    thread.setDaemon(true);
    return thread;
  });

  private DockerContainerControl(DockerClient client, String host) {
    this.client = client;
    this.host = host;
  }

  /**
   * @return a control over the daemon Testcontainers finds
   * @throws ContainerException when no Docker daemon answers
   */
  public static DockerContainerControl connect() {
    try {
      var transport = DockerClientFactory.instance().getTransportConfig();
      return new DockerContainerControl(DockerClientProviderStrategy.getClientForConfig(transport),
          transport.getDockerHost().toString());
    } catch (RuntimeException e) {
      throw new ContainerException("Docker is unreachable: " + e.getMessage() + " (start the Docker daemon, or "
          + "point DOCKER_HOST at it)", e);
    }
  }

  @Override
  public ContainerState state(String reference) {
    InspectContainerResponse response = call("docker inspect " + reference, Duration.ZERO,
        () -> client.inspectContainerCmd(reference).exec());
    var state = response.getState();
    return new ContainerState(Objects.requireNonNullElse(response.getName(), reference).replaceFirst("^/", ""),
        response.getId(), state != null && Boolean.TRUE.equals(state.getRunning()),
        state == null || state.getExitCodeLong() == null ? 0 : state.getExitCodeLong(),
        state != null && Boolean.TRUE.equals(state.getOOMKilled()));
  }

  @Override
  public Map<Integer, Integer> publishedPorts(String reference) {
    InspectContainerResponse response = call("docker inspect " + reference, Duration.ZERO,
        () -> client.inspectContainerCmd(reference).exec());
    Map<Integer, Integer> ports = new TreeMap<>();
    if (response.getNetworkSettings() == null || response.getNetworkSettings().getPorts() == null) {
      return ports;
    }
    for (Map.Entry<ExposedPort, Ports.Binding[]> entry
        : response.getNetworkSettings().getPorts().getBindings().entrySet()) {
      if (entry.getKey().getProtocol() != InternetProtocol.TCP || entry.getValue() == null) {
        continue;
      }
      for (Ports.Binding binding : entry.getValue()) {
        if (binding.getHostPortSpec() != null && binding.getHostPortSpec().matches("[0-9]{1,5}")) {
          ports.putIfAbsent(entry.getKey().getPort(), Integer.parseInt(binding.getHostPortSpec()));
        }
      }
    }
    return ports;
  }

  @Override
  public void restart(String reference, Duration stopTimeout) {
    call("docker restart -t " + stopTimeout.toSeconds() + " " + reference, stopTimeout, () ->
        client.restartContainerCmd(reference).withTimeout(Math.toIntExact(stopTimeout.toSeconds())).exec());
  }

  @Override
  public void stop(String reference, Duration stopTimeout) {
    call("docker stop -t " + stopTimeout.toSeconds() + " " + reference, stopTimeout, () -> {
      try {
        return client.stopContainerCmd(reference).withTimeout(Math.toIntExact(stopTimeout.toSeconds())).exec();
      } catch (NotModifiedException e) {
        return null;
      }
    });
  }

  @Override
  public void start(String reference) {
    call("docker start " + reference, Duration.ZERO, () -> {
      try {
        return client.startContainerCmd(reference).exec();
      } catch (NotModifiedException e) {
        return null;
      }
    });
  }

  @Override
  public void signal(String reference, String signal) {
    call("docker kill -s " + signal + " " + reference, Duration.ZERO,
        () -> client.killContainerCmd(reference).withSignal(signal).exec());
  }

  @Override
  public String logs(String reference) {
    return call("docker logs " + reference, Duration.ZERO, () -> {
      StringBuilder text = new StringBuilder();
      try (ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
        @Override
        public void onNext(Frame frame) {
          text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
          if (text.length() > 2 * LOG_LIMIT) {
            text.delete(0, text.length() - LOG_LIMIT);
          }
        }
      }) {
        client.logContainerCmd(reference).withStdOut(true).withStdErr(true).withFollowStream(false)
            .exec(callback).awaitCompletion();
      } catch (IOException e) {
        throw new ContainerException("docker logs " + reference + " failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerException("interrupted while reading docker logs " + reference, e);
      }
      return text.length() > LOG_LIMIT ? text.substring(text.length() - LOG_LIMIT) : text.toString();
    });
  }

  @Override
  public void close() {
    calls.shutdownNow();
    try {
      client.close();
    } catch (IOException e) {
      // the connection is gone either way; nothing a check could report
    }
  }

  private <T> T call(String what, Duration extra, Supplier<T> body) {
    Future<T> future = calls.submit(body::get);
    Duration deadline = CALL_DEADLINE.plus(extra);
    try {
      return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ContainerException known) {
        throw known;
      }
      if (cause instanceof NotFoundException) {
        throw new ContainerException(what + ": no such container on the Docker host " + host + ": is it running?",
            cause);
      }
      throw new ContainerException(what + " on " + host + " failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ContainerException(what + ": Docker did not answer within " + deadline.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContainerException("interrupted during " + what, e);
    }
  }
}
