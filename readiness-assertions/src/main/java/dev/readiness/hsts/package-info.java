/** HTTP Strict Transport Security: the RFC 6797 header parser, its policy and the {@code hsts.*} checks. */
package dev.readiness.hsts;
