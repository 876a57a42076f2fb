/** Exposed files and debug endpoints: the {@code exposure.*} checks. */
package dev.readiness.exposure;
