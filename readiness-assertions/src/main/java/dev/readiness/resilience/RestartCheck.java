package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.container.ApplicationContainer;
import dev.readiness.container.ContainerControl;
import dev.readiness.container.ContainerState;
import dev.readiness.container.DisruptiveCheck;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.Persistence;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code resilience.restart}: a record written through the API reads back after the application container is
 * restarted. Creates a record ({@code persistence.create}), reads it back (positive control: else ERROR), restarts
 * the container as {@code docker restart} does, waits for the health endpoint to answer 2xx, and reads it again.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RestartCheck implements DisruptiveCheck {

  /** The catalogue id. */
  public static final String ID = "resilience.restart";

  /** The fix when the record is gone. */
  public static final String FIX = "Keep state in a database or a mounted volume, not in the process's memory "
      + "(a Map, an in-memory repository, SQLite in :memory:), so a restart or a second replica sees the same data";

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Data survives a restart of the application";
  }

  @Override
  public Category category() {
    return Category.OPERATIONS;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(300, Duration.ofSeconds(180));
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Persistence> configured = context.profile().persistence();
    if (configured.isEmpty()) {
      return Outcome.skipped("persistence is not configured in the stack profile, so there is no record to write "
          + "and read back (set persistence.create and persistence.read)");
    }
    Persistence persistence = configured.get();
    Optional<String> reference = ApplicationContainer.reference(persistence.container(), context.profile().containers());
    if (reference.isEmpty()) {
      return Outcome.skipped("resilience.restart restarts the application container, and the target is a plain URL: "
          + "name the container in persistence.container or containers, or mark the Testcontainers field "
          + "@ReadinessTarget");
    }
    Optional<String> health = context.profile().paths().health();
    if (health.isEmpty()) {
      return Outcome.skipped("paths.health is not configured, so there is no way to tell when the restarted "
          + "application is ready");
    }
    return withContainers(context, control -> restart(context, control, persistence, reference.get(), health.get()));
  }

  private Outcome restart(CheckContext context, ContainerControl control, Persistence persistence, String reference,
      String healthPath) {
    URI targetUrl = context.target().url();
    ApplicationContainer app = ApplicationContainer.of(context, control, reference);
    URI base = app.baseUrl(control, targetUrl);
    HttpExchange created = context.http().send(TemplateRequests.of(base, persistence.create(), ""));
    Optional<String> id = created.isSuccessful() ? RecordIds.read(created.body(), persistence.idPointer())
        : Optional.empty();
    if (id.isEmpty()) {
      return Outcome.error(created.summary() + " to " + persistence.create().describe() + ": expected 2xx with the "
          + "new record's id at " + persistence.idPointer() + " (check persistence.create and persistence.idPointer)",
          context.http().evidence());
    }
    String readPath = persistence.read().path().replace("${id}", id.get());
    HttpExchange before = context.http().send(TemplateRequests.of(base, persistence.read(), id.get()));
    if (!before.isSuccessful()) {
      return Outcome.error(before.summary() + " reading the record just created (id " + id.get() + ") before any "
          + "restart: expected 2xx (positive control; check persistence.read)", context.http().evidence());
    }
    control.restart(reference, STOP_TIMEOUT);
    ContainerState state = control.state(reference);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence("docker restart -t " + STOP_TIMEOUT.toSeconds() + " " + reference, state.label()
        + (state.running() ? " running again" : " not running")));
    URI after = app.baseUrl(control, targetUrl);
    HealthPoll.Result healthy = HealthPoll.until(context.http(), after.resolve(healthPath), HealthReading::healthy,
        persistence.healthWithin());
    if (!healthy.matched()) {
      return Outcome.of("", List.of(Finding.fail("after restarting " + state.label() + ", " + healthPath
          + " did not answer 2xx within " + persistence.healthWithin().toSeconds() + " s (last: "
          + healthy.last().describe() + "), so the application does not come back by itself",
          "Make the application start unattended: no interactive step, dependencies retried at start-up, and a "
              + "health endpoint that answers once it serves")), evidence(context, evidence));
    }
    HttpExchange reread = context.http().send(TemplateRequests.of(after, persistence.read(), id.get()));
    List<Finding> findings = reread.isSuccessful() ? List.of() : List.of(Finding.fail(persistence.read().method()
        + " " + readPath + " answered " + before.status() + " before and " + reread.status() + " after restarting "
        + state.label() + ": the record created by " + persistence.create().describe() + " is gone, so the data "
        + "lives in the process's memory", FIX));
    return Outcome.of("the record created by " + persistence.create().describe() + " (id " + id.get() + ") read back "
        + before.status() + " before and " + reread.status() + " after restarting " + state.label()
        + ", healthy again", findings, evidence(context, evidence));
  }

  private static List<Evidence> evidence(CheckContext context, List<Evidence> docker) {
    List<Evidence> all = new ArrayList<>(context.http().evidence());
    all.addAll(docker);
    return all;
  }
}
