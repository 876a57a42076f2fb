/**
 * The check model: a {@link dev.readiness.check.Check} runs in a {@link dev.readiness.check.CheckContext} and
 * decides an {@link dev.readiness.check.Outcome}; {@link dev.readiness.check.CheckRunner} stamps it into a
 * {@link dev.readiness.check.CheckResult}.
 */
package dev.readiness.check;
