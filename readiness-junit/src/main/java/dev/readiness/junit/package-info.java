/**
 * The JUnit Jupiter face of Readiness: {@link dev.readiness.junit.ReadinessTest}, the extension,
 * {@link dev.readiness.junit.CheckRun}, profile settings ({@link dev.readiness.junit.ReadinessSetting},
 * {@link dev.readiness.junit.JwtPolicy}) and {@link dev.readiness.junit.Waiver}s. Kits live in
 * {@code dev.readiness.junit.kit}, the report listener in {@code dev.readiness.junit.report}.
 */
package dev.readiness.junit;
