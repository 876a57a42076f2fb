/** Kits: interfaces whose default methods are catalogue checks, one per area, and all of them together. */
package dev.readiness.junit.kit;
