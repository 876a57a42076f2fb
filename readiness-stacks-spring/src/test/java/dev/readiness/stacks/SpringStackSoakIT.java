package dev.readiness.stacks;

import java.util.Map;

/** The soak of the Spring Boot stack (bench/soak/run.sh). */
class SpringStackSoakIT extends StackSoak {

  @Override
  Map<String, StackLauncher> launchers() {
    return Map.of("spring", SpringStack.INSTANCE);
  }
}
