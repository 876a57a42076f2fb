package dev.readiness.junit;

import dev.readiness.junit.kit.ReadinessKit;

/** The foundation's one header check alone, so fixtures keep counting the first five checks as kits grow. */
public interface ContentTypeOptionsOnly extends ReadinessKit {

  /** {@code headers.content-type-options}. */
  @ReadinessCheck("headers.content-type-options")
  default void contentTypeOptions(CheckRun run) {
    run.verify();
  }
}
