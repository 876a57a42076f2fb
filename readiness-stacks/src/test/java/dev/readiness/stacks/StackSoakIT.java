package dev.readiness.stacks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The soak of the Express, FastAPI and nginx stacks (bench/soak/run.sh). */
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
