/**
 * The JUnit Jupiter face of Readiness: {@link dev.readiness.junit.ReadinessTest}, the extension, and
 * {@link dev.readiness.junit.CheckRun}. Kits live in {@code dev.readiness.junit.kit}.
 */
package dev.readiness.junit;
