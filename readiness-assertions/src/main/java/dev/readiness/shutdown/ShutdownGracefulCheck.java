package dev.readiness.shutdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.container.ApplicationContainer;
import dev.readiness.container.ContainerControl;
import dev.readiness.container.ContainerException;
import dev.readiness.container.ContainerState;
import dev.readiness.container.DisruptiveCheck;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.Shutdown;
import dev.readiness.resilience.ApiAnswer;
import dev.readiness.resilience.TemplateRequests;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;

/**
 * {@code shutdown.graceful}: sends {@code shutdown.request} (a long poll, a slow upload), and once it is in flight
 * ({@link #IN_FLIGHT_AFTER}) sends SIGTERM to the application container, as {@code docker stop} does. The request
 * must complete or get a clean 503, and the container must exit by itself within {@code shutdown.stopTimeout} with
 * code 0 or 143; one still running then is killed with SIGKILL, as {@code docker stop} would. Positive control: the
 * container runs before. The container is started again afterwards, so the stack is left running (Docker may
 * publish it on another host port). Judged by {@link ShutdownPolicy}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ShutdownGracefulCheck implements DisruptiveCheck {

  /** The catalogue id. */
  public static final String ID = "shutdown.graceful";

  /** How long after sending the request SIGTERM follows, so the request is being served. */
  public static final Duration IN_FLIGHT_AFTER = Duration.ofMillis(500);

  private static final Duration POLL = Duration.ofMillis(200);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "SIGTERM drains requests and exits cleanly";
  }

  @Override
  public Category category() {
    return Category.OPERATIONS;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(5, Duration.ofSeconds(150));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Shutdown> configured = context.profile().shutdown();
    if (configured.isEmpty()) {
      return Outcome.skipped("shutdown is not configured in the stack profile, so there is no request to keep in "
          + "flight (set shutdown.request to a slow request, such as a long poll)");
    }
    Optional<String> reference = ApplicationContainer.reference(configured.get().container(),
        context.profile().containers());
    if (reference.isEmpty()) {
      return Outcome.skipped("shutdown.graceful sends SIGTERM to the application container, and the target is a "
          + "plain URL: name the container in shutdown.container or containers, or mark the Testcontainers field "
          + "@ReadinessTarget");
    }
    return withContainers(context, control -> run(context, control, configured.get(), reference.get()));
  }

  private Outcome run(CheckContext context, ContainerControl control, Shutdown shutdown, String reference) {
    ContainerState before = control.state(reference);
    if (!before.running()) {
      return Outcome.error(before.label() + " is not running, so there is nothing to shut down (positive control)",
          List.of());
    }
    URI base = ApplicationContainer.of(context, control, reference).baseUrl(control, context.target().url());
    CompletableFuture<ApiAnswer> inFlight = CompletableFuture.supplyAsync(() -> ApiAnswer.send(context,
        TemplateRequests.of(base, shutdown.request(), "")));
    pause(IN_FLIGHT_AFTER);
    List<Evidence> docker = new ArrayList<>();
    control.signal(reference, "TERM");
    docker.add(new Evidence("docker kill -s TERM " + reference, "SIGTERM sent to " + before.label() + " with "
        + shutdown.request().describe() + " in flight"));
    Instant end = Instant.now().plus(shutdown.stopTimeout());
    ContainerState state = control.state(reference);
    while (state.running() && Instant.now().isBefore(end)) {
      pause(POLL);
      state = control.state(reference);
    }
    boolean bySelf = !state.running();
    if (!bySelf) {
      control.signal(reference, "KILL");
      docker.add(new Evidence("docker kill -s KILL " + reference, "still running " + shutdown.stopTimeout()
          .toSeconds() + " s after SIGTERM"));
      state = awaitStopped(control, reference);
    }
    docker.add(new Evidence("docker inspect " + reference, state.label() + " exited with code " + state.exitCode()));
    ApiAnswer answer = answer(inFlight, context);
    ShutdownObservation seen = new ShutdownObservation(shutdown.request().describe(), answer, bySelf, state,
        shutdown.stopTimeout());
    control.start(reference);
    docker.add(new Evidence("docker start " + reference, "started again, to leave the stack running"));
    List<Evidence> evidence = new ArrayList<>(context.http().evidence());
    evidence.addAll(docker);
    return Outcome.of(ShutdownPolicy.passMessage(seen), ShutdownPolicy.evaluate(seen), evidence);
  }

  private static ContainerState awaitStopped(ContainerControl control, String reference) {
    ContainerState state = control.state(reference);
    for (int i = 0; i < 50 && state.running(); i++) {
      pause(POLL);
      state = control.state(reference);
    }
    return state;
  }

  private static ApiAnswer answer(CompletableFuture<ApiAnswer> inFlight, CheckContext context) {
    try {
      return inFlight.get(context.target().timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return new ApiAnswer(Optional.empty(), Optional.of("no answer: " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ApiAnswer(Optional.empty(), Optional.of("interrupted"));
    }
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContainerException("interrupted while waiting for the container", e);
    }
  }
}
