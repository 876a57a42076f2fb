package dev.readiness.examples;

/** Whether a row of a findings table is asserted on this build, or waits for its checks to be merged. */
public enum FindingGroup {

  /** The row's checks ship in this build: the as-found mode must give them the row's statuses. */
  VERIFIED,

  /**
   * The row's checks ({@code upload.*}, {@code ratelimit.login}, {@code load.latency}, {@code container.*}) are not
   * in this build yet. The row is listed so the mapping stays one table; its checks are not judged until the row is
   * switched to {@link #VERIFIED} (with its demo faults, once the demo has them).
   */
  AWAITING_CHECKS
}
