package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code docker.pinned} rule: every {@code FROM} (other than an earlier stage or {@code scratch}) and every
 * compose {@code image:} names an explicit tag other than {@code latest}, or a digest.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PinnedImagePolicy {

  private PinnedImagePolicy() {}

  /**
   * @param image an image reference such as {@code mongo}, {@code node:20-alpine} or {@code nginx@sha256:...}
   * @return why it is not pinned, or empty when it is
   */
  public static Optional<String> problem(String image) {
    if (image.contains("$")) {
      return Optional.of("its tag comes from a variable without a default");
    }
    if (image.contains("@sha256:")) {
      return Optional.empty();
    }
    int slash = image.lastIndexOf('/');
    int colon = image.indexOf(':', slash + 1);
    if (colon < 0) {
      return Optional.of("it has no tag, so it means :latest");
    }
    return image.substring(colon + 1).equals("latest") ? Optional.of("it uses :latest") : Optional.empty();
  }

  /**
   * @param scan the repository
   * @return one blocking finding per unpinned image
   */
  public static List<Finding> evaluate(RepositoryScan scan) {
    List<Finding> findings = new ArrayList<>();
    for (Dockerfile dockerfile : scan.dockerfiles()) {
      for (DockerStage stage : dockerfile.stages()) {
        if (!stage.fromStage() && !stage.image().equals("scratch")) {
          problem(stage.image()).ifPresent(why -> findings.add(finding(dockerfile.path() + ":" + stage.line()
              + " FROM " + stage.image(), why)));
        }
      }
    }
    for (ComposeService service : scan.services()) {
      service.image().ifPresent(image -> problem(image).ifPresent(why -> findings.add(finding(service.label()
          + " image " + image, why))));
    }
    return findings;
  }

  private static Finding finding(String where, String why) {
    return Finding.fail(where + " is not pinned: " + why + ", so a rebuild can silently pull a different image",
        "Pin an explicit version tag (e.g. mongo:7.0.14) or a digest (@sha256:...)");
  }
}
