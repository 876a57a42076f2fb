package dev.readiness.examples.quickstart;

import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.Waiver;
import dev.readiness.junit.kit.ProductionReadinessKit;

/** The staging stack: its short HSTS max-age is accepted until the CDN migration is done, then fails again. */
@ReadinessTest
@Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2027-03-01")
class StagingReadinessTest implements ProductionReadinessKit {}
