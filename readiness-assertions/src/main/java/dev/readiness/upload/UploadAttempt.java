package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.http.HttpExchange;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One file sent to the upload endpoint and what the endpoint answered.
 *
 * @param file what was sent
 * @param response the answer
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UploadAttempt(UploadFile file, HttpExchange response) {

  /** Rejects null parts. */
  public UploadAttempt {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(response, "response");
  }

  /** @return {@code photo.png -> 415}, for pass messages */
  public String brief() {
    return file.fileName() + " -> " + response.status();
  }
}
