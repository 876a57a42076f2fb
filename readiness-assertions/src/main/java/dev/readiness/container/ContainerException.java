package dev.readiness.container;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The containers could not be inspected: Docker is unreachable or did not answer in time, a container does not
 * exist, or Testcontainers is not on the class path. The message says which and what to do; the checks turn it into
 * ERROR.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what could not be inspected and why */
  public ContainerException(String message) {
    super(message);
  }

  /**
   * @param message what could not be inspected and why
   * @param cause the underlying failure
   */
  public ContainerException(String message, Throwable cause) {
    super(message, cause);
  }
}
