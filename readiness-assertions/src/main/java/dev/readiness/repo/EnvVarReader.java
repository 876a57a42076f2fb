package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Finds the environment variables a source file reads, by language: JS/TS {@code process.env.X},
 * {@code process.env['X']}, {@code const {X} = process.env}, {@code import.meta.env.X}; Python
 * {@code os.environ['X']}, {@code os.environ.get('X')}, {@code getenv('X')}; Java {@code System.getenv("X")}; Go
 * {@code os.Getenv("X")}, {@code os.LookupEnv("X")}; Dart {@code String/bool/int.fromEnvironment('X')},
 * {@code dotenv.env['X']}; compose files {@code ${X}}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EnvVarReader {

  /** What this reader recognises, for messages that say what was looked for. */
  static final String LOOKED_FOR = "process.env / import.meta.env (JS, TS), os.environ / getenv (Python), "
      + "System.getenv (Java, Kotlin), os.Getenv / os.LookupEnv (Go), fromEnvironment / dotenv.env (Dart) and ${VAR} "
      + "in compose files";

  private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
  private static final List<Pattern> JS = List.of(
      Pattern.compile("process\\.env\\." + NAME),
      Pattern.compile("process\\.env\\[\\s*['\"`]" + NAME + "['\"`]\\s*]"),
      Pattern.compile("import\\.meta\\.env\\." + NAME));
  private static final Pattern JS_DESTRUCTURING = Pattern.compile("\\{([^}]*)}\\s*=\\s*process\\.env\\b");
  private static final List<Pattern> PYTHON = List.of(
      Pattern.compile("environ\\[\\s*['\"]" + NAME + "['\"]\\s*]"),
      Pattern.compile("environ\\.get\\(\\s*['\"]" + NAME + "['\"]"),
      Pattern.compile("getenv\\(\\s*['\"]" + NAME + "['\"]"));
  private static final List<Pattern> JAVA = List.of(Pattern.compile("System\\.getenv\\(\\s*\"" + NAME + "\""));
  private static final List<Pattern> GO = List.of(Pattern.compile("os\\.(?:Getenv|LookupEnv)\\(\\s*\"" + NAME + "\""));
  private static final List<Pattern> DART = List.of(
      Pattern.compile("(?:String|bool|int)\\.fromEnvironment\\(\\s*['\"]" + NAME + "['\"]"),
      Pattern.compile("dotenv\\.env\\[\\s*['\"]" + NAME + "['\"]\\s*]"));
  private static final List<Pattern> COMPOSE = List.of(Pattern.compile("(?<!\\$)\\$\\{" + NAME + "[^}]*}"));
  private static final Map<String, List<Pattern>> BY_EXTENSION = Map.ofEntries(
      Map.entry("js", JS), Map.entry("jsx", JS), Map.entry("mjs", JS), Map.entry("cjs", JS), Map.entry("ts", JS),
      Map.entry("tsx", JS), Map.entry("py", PYTHON), Map.entry("java", JAVA), Map.entry("kt", JAVA),
      Map.entry("go", GO), Map.entry("dart", DART));

  private EnvVarReader() {}

  /** @return true when the file is one whose reads this reader knows */
  static boolean reads(Path file) {
    return RepositoryLayout.isCompose(file) || BY_EXTENSION.containsKey(extension(file));
  }

  /**
   * @param file the file, relative to the repository root; its name selects the language
   * @param text its content
   * @return every read, in line order (a name read twice on one line is listed once)
   */
  public static List<EnvVarRead> scan(Path file, String text) {
    List<Pattern> patterns = RepositoryLayout.isCompose(file) ? COMPOSE
        : BY_EXTENSION.getOrDefault(extension(file), List.of());
    boolean javascript = patterns == JS;
    List<EnvVarRead> reads = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      List<String> names = new ArrayList<>();
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(lines[i]);
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
      if (javascript) {
        Matcher destructuring = JS_DESTRUCTURING.matcher(lines[i]);
        while (destructuring.find()) {
          for (String part : destructuring.group(1).split(",")) {
            String name = part.split("[:=]")[0].strip();
            if (name.matches(NAME)) {
              names.add(name);
            }
          }
        }
      }
      int line = i + 1;
      names.stream().distinct().forEach(name -> reads.add(new EnvVarRead(name, file, line)));
    }
    return reads;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
