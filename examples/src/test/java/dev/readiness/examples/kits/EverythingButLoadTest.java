package dev.readiness.examples.kits;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;
import org.junit.jupiter.api.Disabled;

/** Every check but load.latency, which the nightly performance job runs with its own load. */
@ReadinessTest
class EverythingButLoadTest implements ProductionReadinessKit {

  @Override
  @ReadinessCheck("load.latency")
  @Disabled("load.latency runs in the nightly performance job, PERF-7")
  public void loadLatency(CheckRun run) {}
}
