package dev.readiness.examples;

import dev.readiness.check.Status;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The outcomes of one kit run, by check id; immutable. */
public final class KitResults {

  private final Map<String, KitOutcome> outcomes;

  KitResults(Map<String, KitOutcome> outcomes) {
    this.outcomes = Map.copyOf(outcomes);
  }

  /** @return the ids of every check that ran, sorted */
  public Set<String> ids() {
    return new TreeSet<>(outcomes.keySet());
  }

  /** @return the ids of the checks that ended with this status, sorted */
  public Set<String> withStatus(Status status) {
    return outcomes.values().stream().filter(o -> o.status() == status).map(KitOutcome::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** @return the outcome of this check, when it ran */
  public Optional<KitOutcome> get(String id) {
    return Optional.ofNullable(outcomes.get(id));
  }

  /** @return every outcome */
  public Collection<KitOutcome> all() {
    return outcomes.values();
  }

  /** @return one line per check, sorted by id, for assertion messages */
  @Override
  public String toString() {
    return outcomes.values().stream().map(KitOutcome::toString).sorted().collect(Collectors.joining("\n"));
  }
}
