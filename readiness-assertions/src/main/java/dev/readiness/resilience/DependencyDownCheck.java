package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.container.ApplicationContainer;
import dev.readiness.container.ContainerControl;
import dev.readiness.container.ContainerState;
import dev.readiness.container.DisruptiveCheck;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.Dependency;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code resilience.dependency-down}: with a dependency's container (the database) stopped, the health endpoint
 * reports unhealthy within {@code dependency.within}, the API fails fast and clean (5xx, no stack trace, an answer
 * within the target's timeout), and once the dependency runs again the application recovers by itself (health 2xx,
 * the API answers) within the same bound. Positive control: health is 2xx and the API answers below 500 before the
 * dependency is stopped. The dependency is started again whatever happens. When the profile names the application's
 * container ({@code containers}), its current host port is used, as another check may have restarted it. Judged by {@link DependencyDownPolicy}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DependencyDownCheck implements DisruptiveCheck {

  /** The catalogue id. */
  public static final String ID = "resilience.dependency-down";

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Health and API tell the truth when a dependency is down";
  }

  @Override
  public Category category() {
    return Category.OPERATIONS;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(400, Duration.ofSeconds(240));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Dependency> configured = context.profile().dependency();
    if (configured.isEmpty()) {
      return Outcome.skipped("dependency is not configured in the stack profile, so there is no dependency "
          + "container to stop (set dependency.container to the database's container)");
    }
    Optional<String> health = context.profile().paths().health();
    if (health.isEmpty()) {
      return Outcome.skipped("paths.health is not configured, so there is no health endpoint to watch while the "
          + "dependency is down");
    }
    return withContainers(context, control -> run(context, control, configured.get(), health.get()));
  }

  private Outcome run(CheckContext context, ContainerControl control, Dependency dependency, String healthPath) {
    URI base = context.profile().containers().stream().findFirst()
        .map(app -> ApplicationContainer.of(context, control, app).baseUrl(control, context.target().url()))
        .orElse(context.target().url());
    URI healthUrl = base.resolve(healthPath);
    ContainerState state = control.state(dependency.container());
    HealthReading before = HealthPoll.read(context.http(), healthUrl);
    Optional<HttpExchange> apiBefore = dependency.api().map(api -> context.http().send(TemplateRequests.of(base, api,
        "")));
    if (!state.running() || !before.healthy() || apiBefore.filter(e -> e.status() >= 500).isPresent()) {
      return Outcome.error("before stopping the dependency: " + state.label() + (state.running() ? " running" : " not"
          + " running") + ", " + healthPath + " answered " + before.describe() + apiBefore.map(e -> ", "
          + e.summary()).orElse("") + "; expected it running, health 2xx and the API below 500 (positive control)",
          context.http().evidence());
    }
    List<Evidence> docker = new ArrayList<>();
    DependencyDownPolicy.Observation observation;
    try {
      control.stop(dependency.container(), STOP_TIMEOUT);
      docker.add(new Evidence("docker stop -t " + STOP_TIMEOUT.toSeconds() + " " + dependency.container(),
          state.label() + " stopped"));
      HealthPoll.Result down = HealthPoll.until(context.http(), healthUrl, HealthReading::unhealthy,
          dependency.within());
      Optional<ApiAnswer> apiDown = dependency.api().map(api -> ApiAnswer.send(context,
          TemplateRequests.of(base, api, "")));
      control.start(dependency.container());
      docker.add(new Evidence("docker start " + dependency.container(), state.label() + " started again"));
      Instant end = Instant.now().plus(dependency.within());
      HealthPoll.Result up = HealthPoll.until(context.http(), healthUrl, HealthReading::healthy, dependency.within());
      Optional<ApiAnswer> apiUp = dependency.api().map(api -> ApiAnswer.send(context,
          TemplateRequests.of(base, api, "")));
      while (up.matched() && apiUp.filter(DependencyDownCheck::failed).isPresent()
          && Instant.now().plus(HealthPoll.PACE).isBefore(end)) {
        HealthPoll.sleep(HealthPoll.PACE);
        apiUp = dependency.api().map(api -> ApiAnswer.send(context, TemplateRequests.of(base, api, "")));
      }
      observation = new DependencyDownPolicy.Observation(state.label(), healthPath, dependency.within(), down,
          apiDown, up, apiUp, context.target().timeout());
    } finally {
      control.start(dependency.container());
    }
    List<Evidence> evidence = new ArrayList<>(context.http().evidence());
    evidence.addAll(docker);
    return Outcome.of(DependencyDownPolicy.passMessage(observation), DependencyDownPolicy.evaluate(observation),
        evidence);
  }

  private static boolean failed(ApiAnswer answer) {
    return answer.exchange().filter(exchange -> exchange.status() < 500).isEmpty();
  }
}
