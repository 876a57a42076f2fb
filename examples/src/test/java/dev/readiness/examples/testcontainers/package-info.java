/**
 * Testcontainers as the way to name the stack: a {@code @Container} field marked {@code @ReadinessTarget} is started
 * by Testcontainers and scanned by the kits, over HTTP at its mapped port and through the Docker API. The images are
 * built locally by {@code .ci/docker-images.sh}; see {@code docs/testcontainers.md}.
 */
package dev.readiness.examples.testcontainers;
