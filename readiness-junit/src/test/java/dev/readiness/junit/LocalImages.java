package dev.readiness.junit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The images .ci/docker-images.sh builds from busybox-static, for tests with real containers. Nothing is pulled:
 * the containers never pull, and the tests skip, with the reason, where no daemon answers or the images are missing.
 */
final class LocalImages {

  static final String ROOT = "readiness/httpd:root";
  static final String NON_ROOT = "readiness/httpd:nonroot";

  private LocalImages() {}

  /** Skips the calling test unless a Docker daemon answers and both images are built. */
  static void require() {
    assumeTrue("true".equals(System.getenv("TESTCONTAINERS_RYUK_DISABLED")), "Ryuk's image cannot be pulled here: "
        + "run through Failsafe (./mvnw verify), which sets TESTCONTAINERS_RYUK_DISABLED=true");
    assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker daemon answers: start one with "
        + "'dockerd >/tmp/dockerd.log 2>&1 &' and build the images with .ci/docker-images.sh");
    for (String image : List.of(ROOT, NON_ROOT)) {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      } catch (NotFoundException e) {
        assumeTrue(false, "the image " + image + " is not built: run .ci/docker-images.sh");
      }
    }
  }

  /** @return busybox httpd of the image on port 8080, never pulled, started once it serves its page */
  static GenericContainer<?> httpd(String image) {
    return new GenericContainer<>(DockerImageName.parse(image))
        .withExposedPorts(8080)
        .withImagePullPolicy(name -> false)
        .waitingFor(Wait.forHttp("/"));
  }
}
