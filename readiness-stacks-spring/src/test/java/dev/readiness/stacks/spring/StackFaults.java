package dev.readiness.stacks.spring;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The seeded faults of this run, from the property {@code stack.faults} (comma-separated keys). */
@Component
class StackFaults {

  private final Set<String> keys;

  StackFaults(@Value("${stack.faults:}") String faults) {
    this.keys = Arrays.stream(faults.split(",")).map(String::trim).filter(k -> !k.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** @return whether the fault with this key is seeded */
  boolean has(String key) {
    return keys.contains(key);
  }
}
