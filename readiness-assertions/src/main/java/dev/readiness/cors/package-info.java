/**
 * The {@code cors.*} checks: a parser of {@code Access-Control-*} headers, the origins a probe sends (allowed,
 * look-alikes per bypass class, foreign, {@code null}), one probe run shared by the checks, and a pure policy.
 */
package dev.readiness.cors;
