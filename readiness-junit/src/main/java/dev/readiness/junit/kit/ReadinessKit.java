package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckDisplayNames;
import dev.readiness.junit.ReadinessExtension;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The root of every kit: a kit is an interface whose default {@code @ReadinessCheck} methods are catalogue checks.
 * A test class gets the checks by implementing kits; the extension comes with them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ExtendWith(ReadinessExtension.class)
@DisplayNameGeneration(CheckDisplayNames.class)
public interface ReadinessKit {}
