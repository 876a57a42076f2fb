package dev.readiness.profile;

import java.util.Objects;
import java.util.Optional;

/** The sections of the runtime checks: {@code persistence}, {@code dependency}, {@code shutdown}, {@code session}. */
record RuntimeSections(Optional<Persistence> persistence, Optional<Dependency> dependency, Optional<Shutdown> shutdown,
    Session session) {

  static final RuntimeSections NONE = new RuntimeSections(Optional.empty(), Optional.empty(), Optional.empty(),
      Session.DEFAULT);

  RuntimeSections {
    Objects.requireNonNull(persistence, "persistence");
    Objects.requireNonNull(dependency, "dependency");
    Objects.requireNonNull(shutdown, "shutdown");
    Objects.requireNonNull(session, "session");
  }
}
