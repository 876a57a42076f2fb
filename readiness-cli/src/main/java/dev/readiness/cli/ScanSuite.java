package dev.readiness.cli;

import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;

/**
 * The test class the command line runs through the JUnit Platform: every kit, against the stack that the
 * configuration parameters name. The command line and a JUnit run therefore give the same verdicts.
 */
@ReadinessTest
class ScanSuite implements ProductionReadinessKit {}
