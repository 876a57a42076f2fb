/** The readiness report: the run's results, rendered as JSON, Markdown and text. */
package dev.readiness.report;
