package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A repository file the checks must read could not be understood; the message names the file and the problem. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RepositoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message names the file and what is wrong with it */
  public RepositoryException(String message) {
    super(message);
  }
}
