/** Real servers for tests: Debian's nginx on loopback ports. */
package dev.readiness.testing;
