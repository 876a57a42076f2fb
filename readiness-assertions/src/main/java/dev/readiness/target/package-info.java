/** The stack under test: its URLs, trust anchors and timeouts. */
package dev.readiness.target;
