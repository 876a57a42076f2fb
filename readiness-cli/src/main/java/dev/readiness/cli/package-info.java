/** The {@code readiness} command line: {@code scan} and {@code demo}, run through the JUnit Platform Launcher. */
package dev.readiness.cli;
