/**
 * The HTTP probe all checks share: per-target trust, a deadline and request budget per check, no redirect
 * followed off the target, bounded bodies, and redaction of secrets in everything shown.
 */
package dev.readiness.http;
