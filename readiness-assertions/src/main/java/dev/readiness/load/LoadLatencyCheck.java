package dev.readiness.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.LoadResult;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.Load;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code load.latency}: under the profile's load (closed model of {@code load.concurrency} users, or open model at
 * {@code load.rate} requests per second) for {@code load.duration}, the p95 latency, corrected for coordinated
 * omission, is at most {@code load.p95} and at most 1 % of requests fail. A run whose generator fell short is
 * ERROR, never PASS; so is a control request that fails alone.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoadLatencyCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "load.latency";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Latency under load stays within the threshold";
  }

  @Override
  public Category category() {
    return Category.OPERATIONS;
  }

  @Override
  public ProbeLimits limits() {
    return ProfileLoad.LIMITS;
  }

  @Override
  public Outcome run(CheckContext context) {
    Optional<Load> configured = context.profile().load();
    if (configured.isEmpty()) {
      return Outcome.skipped("load is not configured in the stack profile");
    }
    Load load = configured.get();
    Optional<String> bounds = ProfileLoad.outOfBounds(load);
    if (bounds.isPresent()) {
      return Outcome.error(bounds.get(), List.of());
    }
    HttpExchange control = ProfileLoad.control(context.http(), load);
    Optional<String> controlError = LoadLatencyPolicy.controlError(control);
    if (controlError.isPresent()) {
      return Outcome.error(controlError.get(), context.http().evidence());
    }
    LoadResult result = ProfileLoad.run(context.http(), load);
    List<Evidence> evidence = new ArrayList<>(context.http().evidence());
    evidence.add(ProfileLoad.evidence(result));
    Optional<String> undecidable = LoadLatencyPolicy.undecidable(result);
    if (undecidable.isPresent()) {
      return Outcome.error(undecidable.get(), evidence);
    }
    return Outcome.of(control.request() + " under " + LoadLatencyPolicy.describe(result),
        LoadLatencyPolicy.evaluate(result, LoadThresholds.of(load)), evidence);
  }
}
