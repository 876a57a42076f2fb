/**
 * An embedded HTTPS stack, hardened or deliberately misconfigured, to run the readiness checks against:
 * {@link dev.readiness.demo.DemoStack} starts it, {@link dev.readiness.demo.Misconfiguration} names its faults.
 */
package dev.readiness.demo;
