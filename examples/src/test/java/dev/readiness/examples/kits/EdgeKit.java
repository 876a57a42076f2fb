package dev.readiness.examples.kits;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import dev.readiness.junit.kit.HeadersKit;
import dev.readiness.junit.kit.TransportKit;

/** The edge team's kit: HTTPS and HSTS, the security headers, and two checks picked from other kits. */
public interface EdgeKit extends TransportKit, HeadersKit {

  @ReadinessCheck("leak.banner")
  default void banner(CheckRun run) {
    run.verify();
  }

  @ReadinessCheck("health.endpoint")
  default void healthEndpoint(CheckRun run) {
    run.verify();
  }
}
