package dev.readiness.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value in the profile with its dotted key and line, and typed reads that fail with a
 * {@link ProfileException} naming both. Scalar text has its environment references resolved.
 */
final class ProfileNode {

  private final YamlNode node;
  private final String key;
  private final int line;
  private final Optional<Path> file;
  private final EnvReferences env;

  private ProfileNode(YamlNode node, String key, int line, Optional<Path> file, EnvReferences env) {
    this.node = node;
    this.key = key;
    this.line = line;
    this.file = file;
    this.env = env;
  }

  /**
   * @return the root, which must be a mapping
   * @throws ProfileException when it is not
   */
  static ProfileNode root(YamlNode node, Optional<Path> file, EnvReferences env) {
    ProfileNode root = new ProfileNode(node, "", node.line(), file, env);
    if (!(node instanceof YamlNode.Mapping)) {
      throw root.error("a profile is a mapping of keys such as target.url; found " + node.kind());
    }
    return root;
  }

  ProfileException error(String reason) {
    return new ProfileException(file, key, line, reason);
  }

  ProfileException error(String reason, Throwable cause) {
    return new ProfileException(file, key, line, reason, cause);
  }

  /**
   * @param knownKeys the keys this mapping may hold
   * @return this node
   * @throws ProfileException when this is not a mapping, or names the first unknown key
   */
  ProfileNode mapping(String... knownKeys) {
    List<String> known = List.of(knownKeys);
    mappingNode().entries().forEach((name, entry) -> {
      if (!known.contains(name)) {
        throw child(name, entry).error("unknown key; expected one of " + String.join(", ", known));
      }
    });
    return this;
  }

  /** @return the mapping under {@code name}, checked to hold only {@code knownKeys}, when present */
  Optional<ProfileNode> section(String name, String... knownKeys) {
    return get(name).map(section -> section.mapping(knownKeys));
  }

  /** @return the value under {@code name}; empty when the key is absent or has no value */
  Optional<ProfileNode> get(String name) {
    YamlNode.Entry entry = mappingNode().entries().get(name);
    if (entry == null || entry.value() instanceof YamlNode.Null) {
      return Optional.empty();
    }
    return Optional.of(child(name, entry));
  }

  /** @throws ProfileException at this mapping's line when {@code name} is absent or has no value */
  ProfileNode required(String name) {
    return get(name).orElseThrow(
        () -> new ProfileException(file, childKey(name), line, "required key is missing"));
  }

  /** @return the value under {@code name} read with {@code read}, or the default when absent */
  <T> T value(String name, Function<ProfileNode, T> read, T defaultValue) {
    return get(name).map(read).orElse(defaultValue);
  }

  /** @throws ProfileException when this is not a list */
  List<ProfileNode> items() {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      throw error("expected a list, found " + node.kind());
    }
    List<ProfileNode> items = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      items.add(new ProfileNode(item, key + "[" + items.size() + "]", item.line(), file, env));
    }
    return items;
  }

  /** @return the text of every item of this list */
  List<String> texts() {
    return items().stream().map(ProfileNode::text).toList();
  }

  /**
   * @return the text as written, environment references unresolved
   * @throws ProfileException when this is not a single value
   */
  String rawText() {
    if (!(node instanceof YamlNode.Scalar scalar)) {
      throw error("expected a single value, found " + node.kind());
    }
    return scalar.text();
  }

  /** @throws ProfileException when this is not a single value or an environment reference fails */
  String text() {
    if (!(node instanceof YamlNode.Scalar scalar)) {
      throw error("expected a single value, found " + node.kind());
    }
    try {
      return ValueLimits.checkLength(env.resolve(scalar.text()));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), e);
    }
  }

  /**
   * @param parser turns the text into a value, throwing {@link IllegalArgumentException} with the
   *     reason when it cannot
   * @return the parsed value
   */
  <T> T as(Function<String, T> parser) {
    String text = text();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), e);
    }
  }

  /** @return the text as a path on the target: starts with one {@code /} */
  String path() {
    String text = text();
    if (!text.startsWith("/") || text.startsWith("//") || text.chars().anyMatch(c -> c <= ' ')) {
      throw error("'" + text + "' is not a path on the target; it must start with a single / and"
          + " contain no spaces");
    }
    return text;
  }

  boolean bool() {
    String text = text();
    String lowerCase = text.toLowerCase(Locale.ROOT);
    if (!lowerCase.equals("true") && !lowerCase.equals("false")) {
      throw error("'" + text + "' is not a boolean; use true or false");
    }
    return lowerCase.equals("true");
  }

  /**
   * @param range the allowed durations
   * @return the duration this value names
   * @throws ProfileException when it is not a duration or lies outside the range, quoting the range
   */
  Duration duration(ValueLimits.DurationRange range) {
    return as(text -> range.check(text, DurationValue.parse(text)));
  }

  /**
   * @param range the allowed numbers
   * @return the whole number this value names
   * @throws ProfileException when it is not a whole number or lies outside the range, quoting the range
   */
  long number(ValueLimits.NumberRange range) {
    return as(range::parse);
  }

  int positiveInt() {
    return Math.toIntExact(positiveNumber(Integer.MAX_VALUE));
  }

  private long positiveNumber(long max) {
    String text = text();
    long number;
    try {
      number = text.matches("[0-9]{1,19}") ? Long.parseLong(text) : -1;
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 1 || number > max) {
      throw error("'" + text + "' is not a whole number from 1 to " + max);
    }
    return number;
  }

  private YamlNode.Mapping mappingNode() {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      throw error("expected a mapping, found " + node.kind());
    }
    return mapping;
  }

  private ProfileNode child(String name, YamlNode.Entry entry) {
    return new ProfileNode(entry.value(), childKey(name), entry.line(), file, env);
  }

  private String childKey(String name) {
    return key.isEmpty() ? name : key + "." + name;
  }
}
