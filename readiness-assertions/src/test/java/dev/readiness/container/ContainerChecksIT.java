package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Evidence;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * container.user and container.privileged against real containers of the local images (built by
 * .ci/docker-images.sh from busybox-static). Skipped, with the reason, where no Docker daemon answers.
 */
class ContainerChecksIT {

  private LocalDocker docker;

  @AfterEach
  void removeContainers() {
    if (docker != null) {
      docker.close();
    }
  }

  private static List<CheckResult> check(String... containers) {
    StackProfile profile = StackProfile.forTarget(Target.of("http://127.0.0.1:9/")).withContainers(List.of(containers));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.runAll(List.of(new ContainerUserCheck(), new ContainerPrivilegedCheck()), session);
    }
  }

  @Test
  void failsAContainerWhoseImageSetsNoUserAndPassesItsPrivileges() {
    docker = LocalDocker.require();
    String id = docker.start(LocalDocker.ROOT_IMAGE, cmd -> { });
    String name = docker.name(id);

    List<CheckResult> results = check(id);

    assertThat(results.get(0).status()).isEqualTo(Status.FAIL);
    assertThat(results.get(0).message()).isEqualTo("container '" + name + "' (" + id.substring(0, 12)
        + ", image readiness/httpd:root) runs as root: Config.User is empty, so the image's default user, root, "
        + "applies");
    assertThat(results.get(0).fix()).isEqualTo(ContainerUserPolicy.FIX);
    assertThat(results.get(1).status()).isEqualTo(Status.PASS);
    assertThat(results.get(1).evidence()).singleElement().extracting(Evidence::detail).asString()
        .contains("Config.User: (empty: the image's default, root)", "HostConfig.Privileged: false",
            "HostConfig.CapAdd: []", "limits: no memory limit, no CPU limit");
  }

  @Test
  void passesTheImageThatRunsAsANonRootUser() {
    docker = LocalDocker.require();
    String id = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withName("readiness-it-nonroot-" + suffix()));

    List<CheckResult> results = check(id);

    assertThat(results).extracting(CheckResult::status).containsExactly(Status.PASS, Status.PASS);
    assertThat(results.get(0).message()).isEqualTo("every inspected container runs as a non-root user: '"
        + docker.name(id) + "' as 10001:10001");
  }

  @Test
  void failsRootNamedAtRunTimeOverANonRootImage() {
    docker = LocalDocker.require();
    String id = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withUser("root:10001"));

    CheckResult user = check(id).get(0);

    assertThat(user.status()).isEqualTo(Status.FAIL);
    assertThat(user.message()).endsWith("runs as root: Config.User is 'root:10001'");
  }

  @Test
  void failsAnAddedNetAdminCapabilityButNotTheDefaultOnes() {
    docker = LocalDocker.require();
    String netAdmin = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withHostConfig(HostConfig.newHostConfig()
        .withCapAdd(Capability.NET_ADMIN)));
    String chown = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withHostConfig(HostConfig.newHostConfig()
        .withCapAdd(Capability.CHOWN).withCapDrop(Capability.ALL)));

    CheckResult added = check(netAdmin).get(1);
    CheckResult defaults = check(chown).get(1);

    assertThat(added.status()).isEqualTo(Status.FAIL);
    assertThat(added.message()).matches("container '.+' \\(" + netAdmin.substring(0, 12) + ", image "
        + "readiness/httpd:nonroot\\) adds capabilities beyond Docker's default set: NET_ADMIN \\(HostConfig.CapAdd "
        + "\\[(CAP_)?NET_ADMIN\\]\\)");
    assertThat(added.fix()).startsWith("Remove --cap-add NET_ADMIN");
    assertThat(defaults.status()).isEqualTo(Status.PASS);
    assertThat(defaults.evidence().get(0).detail()).containsPattern("HostConfig.CapDrop: \\[(CAP_)?ALL\\]");
  }

  @Test
  void failsAPrivilegedContainer() {
    docker = LocalDocker.require();
    // Created, not started: a nested daemon may refuse to start a privileged container; its configuration is what
    // the check judges, and docker inspect reports it all the same.
    String id = docker.create(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withHostConfig(HostConfig.newHostConfig()
        .withPrivileged(true)));

    CheckResult privileged = check(id).get(1);

    assertThat(privileged.status()).isEqualTo(Status.FAIL);
    assertThat(privileged.message()).endsWith("runs privileged (HostConfig.Privileged is true): it holds every "
        + "capability and sees the host's devices");
    assertThat(privileged.evidence().get(0).title()).endsWith(", created");
  }

  @Test
  void reportsResourceLimitsAsEvidence() {
    docker = LocalDocker.require();
    String id = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> cmd.withHostConfig(HostConfig.newHostConfig()
        .withMemory(64L * 1024 * 1024).withNanoCPUs(500_000_000L).withPidsLimit(50L)));

    List<CheckResult> results = check(id);

    assertThat(results).allSatisfy(result -> assertThat(result.evidence().get(0).detail())
        .contains("limits: memory 64 MiB, CPUs 0.5, pids 50"));
  }

  @Test
  void judgesEveryContainerOfTheStack() {
    docker = LocalDocker.require();
    String api = docker.start(LocalDocker.NON_ROOT_IMAGE, cmd -> { });
    String db = docker.start(LocalDocker.ROOT_IMAGE, cmd -> { });

    CheckResult user = check(api, db).get(0);

    assertThat(user.status()).isEqualTo(Status.FAIL);
    assertThat(user.findings()).singleElement().extracting(f -> f.message()).asString()
        .contains(db.substring(0, 12));
    assertThat(user.evidence()).hasSize(2);
  }

  @Test
  void errorsOnAContainerThatDoesNotExist() {
    docker = LocalDocker.require();

    List<CheckResult> results = check("readiness-no-such-container");

    assertThat(results).extracting(CheckResult::status).containsExactly(Status.ERROR, Status.ERROR);
    assertThat(results.get(0).message()).startsWith("no container named or with id 'readiness-no-such-container' "
        + "on the Docker host unix://").endsWith(": is it running?");
  }

  @Test
  void errorsWhereNoDaemonAnswers() {
    assumeFalse(LocalDocker.unavailable().isEmpty(), "a Docker daemon answers here; this case needs none");

    List<CheckResult> results = check("web");

    assertThat(results).extracting(CheckResult::status).containsExactly(Status.ERROR, Status.ERROR);
    assertThat(results.get(0).message()).startsWith("Docker is unreachable: ");
  }

  @Test
  void skipsWhenNoContainerIsConfigured() {
    try (TargetSession session = TargetSession.open(Target.of("http://127.0.0.1:9/"))) {
      CheckResult result = CheckRunner.run(new ContainerUserCheck(), session);

      assertThat(result.status()).isEqualTo(Status.SKIPPED);
      assertThat(result.message()).isEqualTo("containers is not configured in the stack profile, so there is no "
          + "running container to inspect");
    }
  }

  private String containerName(String id) {
    return check(id).get(1).evidence().get(0).title().replaceAll(".*-> container '([^']+)'.*", "$1");
  }

  private static String suffix() {
    return Long.toHexString(System.nanoTime());
  }
}
