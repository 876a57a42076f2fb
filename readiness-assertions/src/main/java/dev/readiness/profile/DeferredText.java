package dev.readiness.profile;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A profile value whose environment references are resolved when it is first read, not when the profile is
 * loaded: a credential that names an unset variable fails only what uses it (the checks that log in), with the
 * same {@link ProfileException} naming file, line, key and variable that loading would have thrown.
 */
final class DeferredText {

  private final String raw;
  private final Supplier<String> resolve;

  private DeferredText(String raw, Supplier<String> resolve) {
    this.raw = raw;
    this.resolve = resolve;
  }

  /** @return a value that is already known */
  static DeferredText of(String value) {
    Objects.requireNonNull(value, "value");
    return new DeferredText(value, () -> value);
  }

  /** @return the value of {@code node}'s text, resolved by {@link ProfileNode#text()} on each read */
  static DeferredText of(ProfileNode node) {
    return new DeferredText(node.rawText(), node::text);
  }

  /**
   * @return the resolved value
   * @throws ProfileException naming the key and the variable when an environment reference cannot be resolved
   */
  String value() {
    return resolve.get();
  }

  /** @return the resolved value, or the text as written (with its {@code ${env:...}} reference) when it fails */
  String valueOrRaw() {
    try {
      return value();
    } catch (ProfileException e) {
      return raw;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeferredText other && valueOrRaw().equals(other.valueOrRaw());
  }

  @Override
  public int hashCode() {
    return valueOrRaw().hashCode();
  }

  @Override
  public String toString() {
    return raw;
  }
}
