/**
 * The {@code container.*} checks: running containers named by the profile's {@code containers} key (or by a test's
 * Testcontainers container) are inspected through the Docker API that Testcontainers carries (docker-java), and pure
 * policies judge the process user, privileged mode and added capabilities. Testcontainers is an optional dependency:
 * only {@link dev.readiness.container.DockerContainerInspector} touches it, and without it on the class path these
 * checks report ERROR with what to add, while every other check works as before.
 */
package dev.readiness.container;
