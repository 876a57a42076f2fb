/** Operations: the {@code health.endpoint} check and its policy. */
package dev.readiness.health;
