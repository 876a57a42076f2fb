package dev.readiness.stacks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The soak of the Express, FastAPI and nginx stacks (bench/soak/run.sh). */
@EnabledIfSystemProperty(named = StackSoak.RUNS_PROPERTY, matches = "[1-9][0-9]*",
    disabledReason = "the soak runs from bench/soak/run.sh (-Dreadiness.stacks.soak=<runs>)")
class StackSoakIT extends StackSoak {

  @Override
  Map<String, StackLauncher> launchers() {
    Map<String, StackLauncher> launchers = new LinkedHashMap<>();
    launchers.put("express", ApplicationStack.EXPRESS);
    launchers.put("fastapi", ApplicationStack.FASTAPI);
    launchers.put("nginx", NginxStack::start);
    return launchers;
  }
}
