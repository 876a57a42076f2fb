/**
 * TLS and certificates: a scanner that writes its own ClientHello messages, the IANA suite registry, the chain
 * probe, the pure policies and the {@code tls.*} checks.
 */
package dev.readiness.tls;
