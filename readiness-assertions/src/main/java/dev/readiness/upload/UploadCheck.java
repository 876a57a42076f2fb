package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.ProbeLimits;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What every {@code upload.*} check shares: the category, a budget of 30 requests within 60 s, and
 * {@link UploadEndpoint#run}: SKIPPED without an {@code upload} section, a login when the endpoint is authenticated,
 * and the positive control (a valid file of each allowed type must be stored) before the check's own files are sent.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class UploadCheck implements Check {

  private static final ProbeLimits LIMITS = new ProbeLimits(30, Duration.ofSeconds(60));

  UploadCheck() {}

  @Override
  public final Category category() {
    return Category.UPLOAD;
  }

  @Override
  public final ProbeLimits limits() {
    return LIMITS;
  }

  @Override
  public final Outcome run(CheckContext context) {
    return UploadEndpoint.run(context, this::probe);
  }

  /**
   * @param endpoint the open endpoint, which has already stored a valid file of every allowed type
   * @return the check's outcome for the files it sends
   */
  abstract Outcome probe(UploadEndpoint endpoint);
}
