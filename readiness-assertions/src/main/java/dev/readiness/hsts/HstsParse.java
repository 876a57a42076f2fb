package dev.readiness.hsts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of parsing a {@code Strict-Transport-Security} value: a valid header, or the reason it is invalid.
 *
 * @param header the parsed header, when valid
 * @param error why the header is invalid, when it is
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HstsParse(Optional<HstsHeader> header, Optional<String> error) {

  /** @return a valid result */
  public static HstsParse valid(HstsHeader header) {
    return new HstsParse(Optional.of(header), Optional.empty());
  }

  /** @return an invalid result with its reason */
  public static HstsParse invalid(String reason) {
    return new HstsParse(Optional.empty(), Optional.of(reason));
  }

  /** @return true when the header is valid */
  public boolean isValid() {
    return header.isPresent();
  }
}
