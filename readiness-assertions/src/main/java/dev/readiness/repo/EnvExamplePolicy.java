package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The {@code config.env-example} rule: every environment variable the code or compose files read is listed in a
 * {@code .env.example} in the reading file's directory or one above it. Each missing variable is one finding naming
 * the first file and line that reads it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EnvExamplePolicy {

  private EnvExamplePolicy() {}

  /**
   * @param reads every environment read
   * @param examples every example env file
   * @return one blocking finding per missing variable, in order of first read
   */
  public static List<Finding> evaluate(List<EnvVarRead> reads, List<DotenvFile> examples) {
    Map<String, List<EnvVarRead>> missing = new LinkedHashMap<>();
    for (EnvVarRead read : reads) {
      if (!listed(read, examples)) {
        missing.computeIfAbsent(read.name(), name -> new ArrayList<>()).add(read);
      }
    }
    String where = examples.isEmpty() ? "the repository has no .env.example"
        : "no .env.example in its directory or above lists it";
    List<Finding> findings = new ArrayList<>();
    missing.forEach((name, at) -> findings.add(Finding.fail(name + " is read at " + at.get(0).location()
        + (at.size() > 1 ? " (and " + (at.size() - 1) + " more places)" : "") + " but " + where,
        "Add " + name + "= with a placeholder value to .env.example")));
    return findings;
  }

  private static boolean listed(EnvVarRead read, List<DotenvFile> examples) {
    return examples.stream().anyMatch(example -> example.lists(read));
  }
}
