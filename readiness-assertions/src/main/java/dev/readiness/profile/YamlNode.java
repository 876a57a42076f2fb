package dev.readiness.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the 1-based line it starts on. */
sealed interface YamlNode {

  int line();

  /** @return what this node is, for messages such as "expected a list, found a mapping" */
  String kind();

  /** A scalar, as written (numbers and booleans included). */
  record Scalar(String text, int line) implements YamlNode {
    @Override
    public String kind() {
      return "a single value";
    }
  }

  /** An explicit or implicit null, such as {@code key:} with nothing after it. */
  record Null(int line) implements YamlNode {
    @Override
    public String kind() {
      return "no value";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping in document order; each entry keeps the line of its key. */
  record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** The value of a mapping key, with the key's line. */
  record Entry(int line, YamlNode value) {}
}
