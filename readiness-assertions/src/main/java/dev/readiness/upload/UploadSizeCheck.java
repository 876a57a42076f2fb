package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Outcome;
import dev.readiness.http.AbusiveAnswer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code upload.size}: after a valid file of each allowed type is stored (control), a valid file one byte over
 * {@code upload.maxBytes}, streamed, is rejected with 4xx, 413 preferred. A file of exactly the maximum is sent
 * before it: not stored is a warning (the profile overstates the limit). A connection closed while the larger file
 * is written is a refusal (issue 14, item 5): judged as rejected, with a warning that 413 tells clients why, and kept
 * in the evidence.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadSizeCheck extends UploadCheck {

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
  Outcome probe(UploadEndpoint endpoint) {
    SampleFormat format = endpoint.formats().get(0);
    if (endpoint.maxBytes() < format.minimumPaddedLength()) {
      return Outcome.error("upload.maxBytes of " + endpoint.maxBytes() + " bytes is smaller than the smallest "
          + "padded " + format.mediaType() + " file this check builds (" + format.minimumPaddedLength()
          + " bytes)", List.of());
    }
    UploadAttempt at = endpoint.send(UploadPayloads.atLimit(format, endpoint.maxBytes()));
    UploadFile overFile = UploadPayloads.overLimit(format, endpoint.maxBytes());
    AbusiveAnswer answer = endpoint.sendAbusive(overFile);
    if (answer.refused()) {
      return endpoint.verdict("a file one byte over upload.maxBytes (" + endpoint.maxBytes() + ") was refused: "
          + at.brief() + ", " + answer.summary(), List.of(), UploadPolicy.sizeRefused(at, overFile, answer.summary()));
    }
    UploadAttempt over = new UploadAttempt(overFile, answer.exchange().orElseThrow());
    return endpoint.verdict("a file one byte over upload.maxBytes (" + endpoint.maxBytes() + ") was rejected: "
        + UploadPolicy.briefs(List.of(at, over)), List.of(over), UploadPolicy.size(at, over, endpoint.maxBytes()));
  }
}
