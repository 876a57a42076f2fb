package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads the parts of a Dockerfile the checks need: {@code FROM} (with {@code --platform}, {@code AS} and global
 * {@code ARG} defaults substituted), {@code USER} and {@code HEALTHCHECK}, across line continuations and stages.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DockerfileParser {

  private DockerfileParser() {}

  /**
   * @param path the file's path, kept for messages
   * @param text the file's content
   * @return the stages; a file without {@code FROM} has none
   */
  public static Dockerfile parse(Path path, String text) {
    Map<String, String> args = new HashMap<>();
    Set<String> stageNames = new HashSet<>();
    List<DockerStage> stages = new ArrayList<>();
    String image = null;
    int fromLine = 0;
    boolean fromStage = false;
    String user = null;
    boolean healthcheck = false;
    for (Instruction instruction : instructions(text)) {
      String[] words = instruction.arguments().split("\\s+");
      switch (instruction.keyword()) {
        case "ARG" -> {
          if (image == null) {
            globalArg(instruction.arguments(), args);
          }
        }
        case "FROM" -> {
          if (image != null) {
            stages.add(new DockerStage(image, fromLine, fromStage, Optional.ofNullable(user), healthcheck));
          }
          List<String> parts = new ArrayList<>();
          for (String word : words) {
            if (!word.startsWith("--")) {
              parts.add(word);
            }
          }
          image = parts.isEmpty() ? "" : Substitution.apply(parts.get(0), args);
          fromStage = stageNames.contains(image.toLowerCase(Locale.ROOT));
          if (parts.size() >= 3 && parts.get(1).equalsIgnoreCase("AS")) {
            stageNames.add(parts.get(2).toLowerCase(Locale.ROOT));
          }
          fromLine = instruction.line();
          user = null;
          healthcheck = false;
        }
        case "USER" -> user = words[0];
        case "HEALTHCHECK" -> healthcheck = !words[0].equalsIgnoreCase("NONE");
        default -> { }
      }
    }
    if (image != null) {
      stages.add(new DockerStage(image, fromLine, fromStage, Optional.ofNullable(user), healthcheck));
    }
    return new Dockerfile(path, stages);
  }

  private static void globalArg(String arguments, Map<String, String> args) {
    String declaration = arguments.trim();
    int equals = declaration.indexOf('=');
    if (equals > 0) {
      args.put(declaration.substring(0, equals), unquote(declaration.substring(equals + 1)));
    }
  }

  private static String unquote(String value) {
    String trimmed = value.trim();
    return trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
        || trimmed.startsWith("'") && trimmed.endsWith("'")) ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
  }

  private static List<Instruction> instructions(String text) {
    List<Instruction> instructions = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    StringBuilder current = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#") || line.isEmpty() && current.isEmpty()) {
        continue;
      }
      if (current.isEmpty()) {
        start = i + 1;
      }
      boolean continues = line.endsWith("\\");
      current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
      if (!continues) {
        add(instructions, current.toString().strip(), start);
        current.setLength(0);
      }
    }
    add(instructions, current.toString().strip(), start);
    return instructions;
  }

  private static void add(List<Instruction> instructions, String text, int line) {
    if (text.isEmpty()) {
      return;
    }
    int space = text.indexOf(' ');
    String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    instructions.add(new Instruction(keyword, space < 0 ? "" : text.substring(space + 1).strip(), line));
  }

  private record Instruction(String keyword, String arguments, int line) {}
}
