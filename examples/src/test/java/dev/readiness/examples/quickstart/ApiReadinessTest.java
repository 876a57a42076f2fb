package dev.readiness.examples.quickstart;

import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;

/** Every readiness check against the stack that readiness.yaml describes: one JUnit test per check. */
@ReadinessTest
class ApiReadinessTest implements ProductionReadinessKit {}
