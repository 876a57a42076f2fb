package dev.readiness.demo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How one demo stack behaves: which misconfigurations are switched on. Immutable; every endpoint reads its
 * behaviour from here, so a new fault is one enum constant and one {@code has} call where it takes effect.
 */
final class StackSettings {

  private final Set<Misconfiguration> misconfigurations;

  private StackSettings(Set<Misconfiguration> misconfigurations) {
    this.misconfigurations = Collections.unmodifiableSet(misconfigurations);
  }

  static StackSettings of(Set<Misconfiguration> misconfigurations) {
    EnumSet<Misconfiguration> copy = EnumSet.noneOf(Misconfiguration.class);
    copy.addAll(misconfigurations);
    return new StackSettings(copy);
  }

  boolean has(Misconfiguration misconfiguration) {
    return misconfigurations.contains(misconfiguration);
  }

  Set<Misconfiguration> misconfigurations() {
    return misconfigurations;
  }
}
