package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The {@code config.secrets} rule: no committed {@code .env} with values; no literal password, token or key (nor a
 * literal {@code ${VAR:-default}} default for one, nor {@code user:password@} in a URL) in a compose file; no real
 * secret in an example file, told from an instruction or a placeholder by {@link SecretShape} (a known key format,
 * or a random-looking token for a secret's name; {@code generate-with-openssl-rand-hex-32} is an instruction).
 * Messages name the variable and what the value looks like, never the value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SecretsPolicy {

  private SecretsPolicy() {}

  /**
   * @param scan the repository
   * @return one blocking finding per file or service holding secrets
   */
  public static List<Finding> evaluate(RepositoryScan scan) {
    List<Finding> findings = new ArrayList<>();
    for (DotenvFile dotenv : scan.dotenvFiles()) {
      List<String> set = dotenv.values().entrySet().stream().filter(e -> !e.getValue().isBlank())
          .map(Map.Entry::getKey).toList();
      if (!set.isEmpty()) {
        findings.add(Finding.fail(dotenv.path() + " is in the repository (not ignored by .gitignore) with values "
            + "for " + String.join(", ", set) + "; anyone with the repository has them",
            "Remove " + dotenv.path() + " from git, add .env to .gitignore, and commit a .env.example with "
                + "placeholders"));
      }
    }
    for (ComposeService service : scan.services()) {
      List<String> literal = service.environment().entrySet().stream()
          .filter(e -> e.getValue() != null && isLiteralSecret(e.getKey(), e.getValue()))
          .map(Map.Entry::getKey).toList();
      if (!literal.isEmpty()) {
        findings.add(Finding.fail(service.label() + " sets " + String.join(", ", literal) + " to a literal value "
            + "(or a literal ${VAR:-default}) in the compose file, so the credential is in the repository",
            "Use ${VAR} (or ${VAR:?required}) in the compose file and put the value in an uncommitted .env or a "
                + "secret store"));
      }
    }
    for (DotenvFile example : scan.envExamples()) {
      List<String> real = new ArrayList<>();
      example.values().forEach((name, value) -> SecretValues.realSecret(name, value)
          .ifPresent(why -> real.add(name + " (" + why + ")")));
      if (!real.isEmpty()) {
        findings.add(Finding.fail(example.path() + " gives " + String.join(", ", real) + " a value that is a real "
            + "secret, not an instruction or a placeholder; an example file is read by everyone and often copied as "
            + "is", "Rotate the committed secret and replace the value with an instruction or a placeholder, such "
                + "as SECRET_KEY=generate-with-openssl-rand-hex-32"));
      }
    }
    return findings;
  }

  private static boolean isLiteralSecret(String name, String value) {
    if (SecretValues.hasUrlCredentials(value)) {
      return true;
    }
    return SecretValues.isSecretName(name) && !value.isBlank() && !SecretValues.isReference(value);
  }
}
