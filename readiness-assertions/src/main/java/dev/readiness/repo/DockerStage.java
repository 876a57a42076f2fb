package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One build stage of a Dockerfile.
 *
 * @param image the base image after ARG substitution, for example {@code node:20-alpine}
 * @param line the line of its {@code FROM}
 * @param fromStage true when the base is an earlier stage of the same file, so no registry image is pulled
 * @param user the last {@code USER} of the stage, if any
 * @param healthcheck true when the stage declares a {@code HEALTHCHECK} other than {@code NONE}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DockerStage(String image, int line, boolean fromStage, Optional<String> user, boolean healthcheck) {}
