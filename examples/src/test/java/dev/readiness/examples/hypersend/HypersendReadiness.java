package dev.readiness.examples.hypersend;

import dev.readiness.junit.JwtPolicy;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.junit.kit.ProductionReadinessKit;

/**
 * The readiness test of a FastAPI + MongoDB chat and file-transfer backend behind nginx, shaped like hypersend: one
 * JUnit test per catalogue check, against the stack that {@code readiness.yaml} describes. Copy this class and the
 * profile into your project and rename the class to end in {@code ReadinessTest} (Surefire) or {@code ReadinessIT}
 * (Failsafe); it is named without either suffix here only so that Maven does not run it against {@code localhost}.
 *
 * <ul>
 *   <li>{@code @ReadinessTest} without a {@code profile}: {@code readiness.yaml} in the working directory, or
 *       {@code -Dreadiness.profile=...}; the password comes from {@code HYPERSEND_PASSWORD}.</li>
 *   <li>{@link ProductionReadinessKit}: every check, so the login, refresh, JWT, CORS, rate-limit and repository
 *       findings of the report are each one test. Hypersend's profile declares no WebSocket, so
 *       {@code websocket.*} are SKIPPED with that reason.</li>
 *   <li>{@link JwtPolicy}: the report's "Set JWT expiration to 15 minutes max", stated where a reviewer of the test
 *       sees it (it sets {@code jwt.maxLifetime} over the profile; 15 minutes is also the default).</li>
 * </ul>
 */
@ReadinessTest
@JwtPolicy(maxLifetime = "15m")
class HypersendReadiness implements ProductionReadinessKit {}
