package dev.readiness.stacks;

import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The soak of the Spring Boot stack (bench/soak/run.sh). */
@EnabledIfSystemProperty(named = StackSoak.RUNS_PROPERTY, matches = "[1-9][0-9]*",
    disabledReason = "the soak runs from bench/soak/run.sh (-Dreadiness.stacks.soak=<runs>)")
class SpringStackSoakIT extends StackSoak {

  @Override
  Map<String, StackLauncher> launchers() {
    return Map.of("spring", SpringStack.INSTANCE);
  }
}
