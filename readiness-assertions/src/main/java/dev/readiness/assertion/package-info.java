/** Fluent, AssertJ-style assertions on stacks and check results; start from {@link dev.readiness.Readiness}. */
package dev.readiness.assertion;
