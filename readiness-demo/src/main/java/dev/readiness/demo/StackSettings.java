package dev.readiness.demo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one demo stack behaves: which misconfigurations are switched on, and how access tokens are signed.
 * Immutable; every endpoint reads its behaviour from here, so a new fault is one enum constant and one {@code has}
 * call where it takes effect.
 */
final class StackSettings {

  private final Set<Misconfiguration> misconfigurations;
  private final TokenSigning signing;

  private StackSettings(Set<Misconfiguration> misconfigurations, TokenSigning signing) {
    this.misconfigurations = Collections.unmodifiableSet(misconfigurations);
    this.signing = signing;
  }

  static StackSettings of(Set<Misconfiguration> misconfigurations) {
    return of(misconfigurations, TokenSigning.HS256);
  }

  static StackSettings of(Set<Misconfiguration> misconfigurations, TokenSigning signing) {
    EnumSet<Misconfiguration> copy = EnumSet.noneOf(Misconfiguration.class);
    copy.addAll(misconfigurations);
    return new StackSettings(copy, Objects.requireNonNull(signing, "signing"));
  }

  boolean has(Misconfiguration misconfiguration) {
    return misconfigurations.contains(misconfiguration);
  }

  /**
   * @return how access tokens are signed: as chosen, but ES256 whenever
   *     {@link Misconfiguration#JWT_ES256_PSYCHIC_SIGNATURE} is on
   */
  TokenSigning signing() {
    return has(Misconfiguration.JWT_ES256_PSYCHIC_SIGNATURE) ? TokenSigning.ES256 : signing;
  }

  Set<Misconfiguration> misconfigurations() {
    return misconfigurations;
  }
}
