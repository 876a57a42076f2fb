/** Collecting a JUnit run's check results and writing the readiness report at the end of the run. */
package dev.readiness.junit.report;
