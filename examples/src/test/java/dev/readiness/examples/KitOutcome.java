package dev.readiness.examples;

import dev.readiness.check.Status;

/**
 * How one kit test ended, read back from the JUnit events: the check id, its status and the message the developer
 * sees (the failure, skip or error text).
 *
 * @param id the catalogue id, such as {@code hsts.present}
 * @param status PASS for a successful test, FAIL for an assertion failure, SKIPPED for an aborted test, ERROR for any
 *     other failure (a {@code CheckErrorException} or a configuration problem)
 * @param message the test's failure or abort message; empty for a pass
 */
public record KitOutcome(String id, Status status, String message) {

  /** @return the message when it names the check (as the kit's messages do), else {@code id STATUS: message} */
  @Override
  public String toString() {
    if (message.startsWith(id + " ")) {
      return message;
    }
    return id + " " + status + (message.isEmpty() ? "" : ": " + message);
  }
}
