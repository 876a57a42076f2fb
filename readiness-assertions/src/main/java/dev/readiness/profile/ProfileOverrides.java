package dev.readiness.profile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link ProfileOverride}s to the YAML tree before it is validated, so an override is checked exactly like
 * a value in the file. Nodes an override creates carry the negative line {@code -1 - index}; a
 * {@link ProfileException} at such a line is attributed to that override by {@link #attribute}.
 */
final class ProfileOverrides {

  private final List<ProfileOverride> overrides;
  private final Optional<Path> file;

  ProfileOverrides(List<ProfileOverride> overrides, Optional<Path> file) {
    this.overrides = List.copyOf(overrides);
    this.file = file;
  }

  /** @return the tree with every override set, in order (a later one wins) */
  YamlNode apply(YamlNode root) {
    YamlNode tree = root;
    for (int i = 0; i < overrides.size(); i++) {
      ProfileOverride override = overrides.get(i);
      tree = set(tree, override.key().split("\\."), 0, override, -1 - i);
    }
    return tree;
  }

  /** @return the exception restated at the override that caused it, or unchanged when the file did */
  ProfileException attribute(ProfileException e) {
    if (e.line() >= 0) {
      return e;
    }
    return new ProfileException(overrides.get(-1 - e.line()).origin(), e.key(), e.reason(), e);
  }

  private YamlNode set(YamlNode node, String[] path, int depth, ProfileOverride override, int line) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      String parent = String.join(".", java.util.Arrays.copyOf(path, depth));
      throw new ProfileException(override.origin(), override.key(), parent + " in " + file.map(Path::toString)
          .orElse(ProfileException.DEFAULT_FILE_NAME) + " is " + node.kind() + ", so " + override.key()
          + " cannot be set", null);
    }
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(mapping.entries());
    String name = path[depth];
    YamlNode value;
    if (depth == path.length - 1) {
      value = new YamlNode.Scalar(override.value(), line);
    } else {
      YamlNode.Entry existing = entries.get(name);
      YamlNode child = existing == null || existing.value() instanceof YamlNode.Null
          ? new YamlNode.Mapping(Map.of(), line) : existing.value();
      value = set(child, path, depth + 1, override, line);
    }
    YamlNode.Entry existing = entries.get(name);
    int entryLine = existing == null || depth == path.length - 1 ? line : existing.line();
    entries.put(name, new YamlNode.Entry(entryLine, value));
    return new YamlNode.Mapping(entries, mapping.line());
  }
}
