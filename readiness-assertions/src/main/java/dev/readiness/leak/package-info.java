/** Information leaks: version banners and stack traces, the {@code leak.*} checks. */
package dev.readiness.leak;
