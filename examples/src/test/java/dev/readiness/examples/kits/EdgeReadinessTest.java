package dev.readiness.examples.kits;

import dev.readiness.junit.ReadinessTest;

/** The edge kit's ten checks against the stack that readiness.yaml describes. */
@ReadinessTest
class EdgeReadinessTest implements EdgeKit {}
