/**
 * Rate limiting: a bounded burst engine, parsers for {@code Retry-After} and the quota headers, their policies and
 * the {@code ratelimit.*} checks.
 */
package dev.readiness.ratelimit;
