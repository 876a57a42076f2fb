package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The readiness test is misconfigured: no target could be found, or the stack profile is invalid. */
@API(status = EXPERIMENTAL, since = "0.1")
public class ReadinessConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong and where */
  public ReadinessConfigurationException(String message) {
    super(message);
  }

  /** @param message what is wrong and where; @param cause the underlying error */
  public ReadinessConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
