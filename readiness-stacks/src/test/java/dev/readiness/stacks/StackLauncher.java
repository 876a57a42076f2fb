package dev.readiness.stacks;

import java.util.Set;

/** Starts one kind of stack, hardened or with seeded faults, ready to answer. */
interface StackLauncher {

  /**
   * @param faults the faults to seed, none for the hardened stack
   * @return the started stack; the caller closes it
   */
  RunningStack start(Set<Fault> faults) throws Exception;
}
