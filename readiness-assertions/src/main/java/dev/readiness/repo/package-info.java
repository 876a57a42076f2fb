/**
 * Repository checks ({@code config.*}, {@code docker.*}, {@code compose.*}): a bounded walk of the repository named
 * by the stack profile, parsers for Dockerfiles, compose files, {@code .env} files and the environment variables the
 * code reads, and the pure policies that judge them.
 */
package dev.readiness.repo;
