/** Collecting a JUnit run's check results for the readiness report. */
package dev.readiness.junit.report;
