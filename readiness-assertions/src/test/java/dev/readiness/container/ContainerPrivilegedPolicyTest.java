package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerPrivilegedPolicyTest {

  private static InspectedContainer container(boolean privileged, String capAdd) {
    List<String> added = capAdd.isBlank() ? List.of() : Arrays.asList(capAdd.split(" "));
    return new InspectedContainer("web", "3f2a1b9c0d1e4f5a6b7c", "web", "app:1.4", "running",
        new ContainerUser("10001"), privileged, added, List.of("ALL"), ResourceLimits.NONE);
  }

  @ParameterizedTest(name = "[{index}] CapAdd [{0}] passes")
  @CsvSource(quoteCharacter = '"', value = {"\"\"", "CHOWN", "CAP_NET_BIND_SERVICE", "net_bind_service",
      "\"CAP_CHOWN CAP_SETUID CAP_SETGID KILL AUDIT_WRITE\""})
  void passesNoAddedCapabilityOrOnlyDefaultOnes(String capAdd) {
    assertThat(ContainerPrivilegedPolicy.evaluate(List.of(container(false, capAdd)))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] CapAdd [{0}] fails")
  @CsvSource(delimiter = '|', value = {
      "NET_ADMIN | adds capabilities beyond Docker's default set: NET_ADMIN (HostConfig.CapAdd [NET_ADMIN]) | "
          + "Remove --cap-add NET_ADMIN",
      "CAP_NET_ADMIN CAP_CHOWN CAP_SYS_ADMIN | adds capabilities beyond Docker's default set: NET_ADMIN, SYS_ADMIN "
          + "(HostConfig.CapAdd [CAP_NET_ADMIN, CAP_CHOWN, CAP_SYS_ADMIN]) | "
          + "Remove --cap-add NET_ADMIN --cap-add SYS_ADMIN",
      "sys_ptrace | adds capabilities beyond Docker's default set: SYS_PTRACE (HostConfig.CapAdd [sys_ptrace]) | "
          + "Remove --cap-add SYS_PTRACE",
      "ALL | adds ALL capabilities (HostConfig.CapAdd [ALL]) | Remove --cap-add ALL"})
  void failsACapabilityBeyondTheDefaultSet(String capAdd, String what, String fix) {
    List<Finding> findings = ContainerPrivilegedPolicy.evaluate(List.of(container(false, capAdd)));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.isBlocking()).isTrue();
      assertThat(finding.message()).isEqualTo("container 'web' (3f2a1b9c0d1e, image app:1.4) " + what);
      assertThat(finding.fix()).startsWith(fix).contains("cap_drop: [ALL]");
    });
  }

  @Test
  void failsAPrivilegedContainerAndItsAddedCapabilitiesApart() {
    List<Finding> findings = ContainerPrivilegedPolicy.evaluate(List.of(container(true, "NET_ADMIN")));

    assertThat(findings).extracting(Finding::message).containsExactly(
        "container 'web' (3f2a1b9c0d1e, image app:1.4) runs privileged (HostConfig.Privileged is true): it holds "
            + "every capability and sees the host's devices",
        "container 'web' (3f2a1b9c0d1e, image app:1.4) adds capabilities beyond Docker's default set: NET_ADMIN "
            + "(HostConfig.CapAdd [NET_ADMIN])");
    assertThat(findings.get(0).fix()).startsWith("Remove --privileged");
  }

  @Test
  void defaultSetIsDockersFourteenCapabilities() {
    assertThat(ContainerPrivilegedPolicy.DEFAULT_CAPABILITIES).hasSize(14)
        .contains("NET_BIND_SERVICE", "CHOWN", "NET_RAW").doesNotContain("NET_ADMIN", "SYS_ADMIN", "SYS_PTRACE");
  }
}
