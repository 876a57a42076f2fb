package dev.readiness.examples.monttyzoom;

import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;

/**
 * The readiness test of an Express + Socket.io video-conferencing backend shaped like montty-zoom: one JUnit test
 * per catalogue check, against the stack that {@code readiness.yaml} describes. Copy this class and the profile into
 * your project and rename the class to end in {@code ReadinessTest} (Surefire) or {@code ReadinessIT} (Failsafe); it
 * is named without either suffix here only so that Maven does not run it against {@code localhost:5443}.
 *
 * <ul>
 *   <li>{@code @ReadinessTest} without a {@code profile}: the profile is {@code readiness.yaml} in the working
 *       directory, or the file named by {@code -Dreadiness.profile=...}, so one class serves every environment.</li>
 *   <li>{@link ProductionReadinessKit}: every check the library ships, new ones included when you upgrade. Checks whose
 *       profile section is absent (montty-zoom has no refresh token) are SKIPPED with the reason, never passed.</li>
 *   <li>No waivers: the report's critical blockers (no HTTPS redirect, plain {@code ws://}, no
 *       {@code .env.example}) fail the build until they are fixed.</li>
 * </ul>
 */
@ReadinessTest
class MonttyZoomReadiness implements ProductionReadinessKit {}
