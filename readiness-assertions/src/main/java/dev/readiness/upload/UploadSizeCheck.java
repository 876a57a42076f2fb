package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Outcome;
import dev.readiness.http.ProbeLimits;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code upload.size}: after a valid file of each allowed type and one of exactly {@code upload.maxBytes} are stored
 * (control), a valid file one byte larger, streamed, is rejected with 4xx, 413 preferred.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadSizeCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "upload.size";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Over-size uploads are rejected";
  }

  @Override
  public Category category() {
    return Category.UPLOAD;
  }

  @Override
  public ProbeLimits limits() {
    return new ProbeLimits(30, Duration.ofSeconds(60));
  }

  @Override
  public Outcome run(CheckContext context) {
    return UploadEndpoint.run(context, endpoint -> {
      SampleFormat format = endpoint.formats().get(0);
      if (endpoint.maxBytes() < format.minimumPaddedLength()) {
        return Outcome.error("upload.maxBytes of " + endpoint.maxBytes() + " bytes is smaller than the smallest "
            + "padded " + format.mediaType() + " file this check builds (" + format.minimumPaddedLength()
            + " bytes)", List.of());
      }
      List<UploadFile> valid = new java.util.ArrayList<>(UploadPayloads.valid(endpoint.formats()));
      valid.add(UploadPayloads.atLimit(format, endpoint.maxBytes()));
      var control = endpoint.controlFails(valid);
      if (control.isPresent()) {
        return control.get();
      }
      UploadAttempt over = endpoint.send(UploadPayloads.overLimit(format, endpoint.maxBytes()));
      return endpoint.verdict("a file of exactly " + endpoint.maxBytes() + " bytes was stored and one byte more "
          + "was rejected: " + over.brief(), List.of(over), UploadPolicy.size(over, endpoint.maxBytes()));
    });
  }
}
