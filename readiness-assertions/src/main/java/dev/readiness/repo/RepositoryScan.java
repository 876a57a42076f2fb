package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything the repository checks judge, read once per run: Dockerfiles, compose services, {@code .env.example}
 * files, committed {@code .env} files (with whether the root {@code .gitignore} ignores them) and environment reads.
 *
 * @param dockerfiles every Dockerfile
 * @param composeFiles every compose file
 * @param services every compose service, across all compose files
 * @param envExamples every {@code .env.example} (or {@code .sample}, {@code .template}, {@code .dist})
 * @param dotenvFiles every {@code .env} or {@code .env.<stage>} file not ignored by the root {@code .gitignore}
 * @param envReads every environment variable read by code or compose files
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RepositoryScan(List<Dockerfile> dockerfiles, List<Path> composeFiles, List<ComposeService> services,
    List<DotenvFile> envExamples, List<DotenvFile> dotenvFiles, List<EnvVarRead> envReads) {

  private static final Set<String> ENV_IGNORES = Set.of(".env", "/.env", "**/.env", ".env*", ".env.*", "*.env",
      "/.env*", "**/.env*");

  /** Copies the lists. */
  public RepositoryScan {
    dockerfiles = List.copyOf(dockerfiles);
    composeFiles = List.copyOf(composeFiles);
    services = List.copyOf(services);
    envExamples = List.copyOf(envExamples);
    dotenvFiles = List.copyOf(dotenvFiles);
    envReads = List.copyOf(envReads);
  }

  /**
   * Reads a repository within the bounds of {@link RepositoryFiles}.
   *
   * @param root the repository root
   * @return what it holds
   * @throws RepositoryException naming the file when a compose file cannot be parsed
   */
  public static RepositoryScan of(Path root) {
    RepositoryFiles files = RepositoryFiles.walk(root);
    boolean envIgnored = envIgnored(files);
    List<Dockerfile> dockerfiles = new ArrayList<>();
    List<Path> composeFiles = new ArrayList<>();
    List<ComposeService> services = new ArrayList<>();
    List<DotenvFile> examples = new ArrayList<>();
    List<DotenvFile> dotenv = new ArrayList<>();
    List<EnvVarRead> reads = new ArrayList<>();
    for (Path file : files.all()) {
      if (RepositoryLayout.isDockerfile(file)) {
        dockerfiles.add(DockerfileParser.parse(file, files.read(file)));
      } else if (RepositoryLayout.isCompose(file)) {
        composeFiles.add(file);
        services.addAll(ComposeParser.parse(file, files.read(file)));
      } else if (RepositoryLayout.isEnvExample(file)) {
        examples.add(DotenvFile.parse(file, files.read(file)));
      } else if (RepositoryLayout.isDotenv(file) && !envIgnored) {
        dotenv.add(DotenvFile.parse(file, files.read(file)));
      }
      if (EnvVarReader.reads(file)) {
        reads.addAll(EnvVarReader.scan(file, files.read(file)));
      }
    }
    return new RepositoryScan(dockerfiles, composeFiles, services, examples, dotenv, reads);
  }

  private static boolean envIgnored(RepositoryFiles files) {
    Path gitignore = files.root().resolve(".gitignore");
    if (!Files.isRegularFile(gitignore)) {
      return false;
    }
    return files.read(Path.of(".gitignore")).lines().map(String::strip).anyMatch(ENV_IGNORES::contains);
  }
}
