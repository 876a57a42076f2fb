package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A waiver as it was applied to one result.
 *
 * @param waiver the waiver
 * @param state what it did
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AppliedWaiver(Waiver waiver, WaiverState state) {

  /** Validates that both parts are present. */
  public AppliedWaiver {
    Objects.requireNonNull(waiver, "waiver");
    Objects.requireNonNull(state, "state");
  }
}
