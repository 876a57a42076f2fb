/**
 * Reuse of a REST Assured {@code RequestSpecification} the team already has. REST Assured is an optional
 * dependency of readiness-junit: only code that calls this package needs it on the class path.
 */
package dev.readiness.junit.restassured;
