package dev.readiness.examples;

/** How an example's demo stack and repository fixture are started: as the readiness report found them, or fixed. */
public enum StackMode {

  /** Every fault the report's findings correspond to is switched on, and the repository fixture has them too. */
  AS_FOUND("as-found"),

  /** No fault at all: the demo stack and the repository fixture as the report's fixes would leave them. */
  HARDENED("hardened");

  private final String directoryName;

  StackMode(String directoryName) {
    this.directoryName = directoryName;
  }

  /** @return the name of this mode's repository fixture directory, {@code as-found} or {@code hardened} */
  public String directoryName() {
    return directoryName;
  }
}
