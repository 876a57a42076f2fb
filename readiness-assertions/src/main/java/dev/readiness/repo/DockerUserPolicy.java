package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.container.ContainerUser;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code docker.user} rule: every Dockerfile's final stage sets a {@code USER} that is not root, and no compose
 * service sets {@code user: root}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DockerUserPolicy {

  private DockerUserPolicy() {}

  /** @return true when the user names root by name or id ({@code 0}, {@code root:app}), with or without a group */
  public static boolean isRoot(String user) {
    return !user.isBlank() && new ContainerUser(user).isRoot();
  }

  /**
   * @param scan the repository
   * @return one blocking finding per Dockerfile or service that runs as root
   */
  public static List<Finding> evaluate(RepositoryScan scan) {
    List<Finding> findings = new ArrayList<>();
    String fix = "Add a non-root user to the final stage, e.g. RUN adduser -D app, then USER app";
    for (Dockerfile dockerfile : scan.dockerfiles()) {
      dockerfile.finalStage().ifPresent(stage -> {
        String from = dockerfile.path() + ": the final stage (FROM " + stage.image() + " at line " + stage.line()
            + ")";
        if (stage.user().isEmpty()) {
          findings.add(Finding.fail(from + " sets no USER, so the container runs as root", fix));
        } else if (isRoot(stage.user().get())) {
          findings.add(Finding.fail(from + " sets USER " + stage.user().get() + ", so the container runs as root",
              fix));
        }
      });
    }
    for (ComposeService service : scan.services()) {
      service.user().filter(DockerUserPolicy::isRoot).ifPresent(user -> findings.add(Finding.fail(service.label()
          + " sets user: " + user + ", so the container runs as root", "Remove user: " + user
          + " or set a non-root uid such as user: \"1000:1000\"")));
    }
    return findings;
  }
}
