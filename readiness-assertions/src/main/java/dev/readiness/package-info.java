/** Readiness: production-readiness checklists as executable tests. Start from {@link dev.readiness.Readiness}. */
package dev.readiness;
