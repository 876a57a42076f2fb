/** Security headers: parsers, policies and the {@code headers.*} checks. */
package dev.readiness.headers;
