/**
 * Load: the {@code load.latency} gate. A run of the profile's {@code load} section through
 * {@link dev.readiness.http.LoadEngine} (open or closed model, latency corrected for coordinated omission), a pure
 * policy for its percentiles, error rate and achieved rate, and the check.
 */
package dev.readiness.load;
