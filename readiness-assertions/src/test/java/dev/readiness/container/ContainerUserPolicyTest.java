package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerUserPolicyTest {

  static InspectedContainer runningAs(String user) {
    return new InspectedContainer("web", "3f2a1b9c0d1e4f5a6b7c", "web", "app:1.4", "running", new ContainerUser(user),
        false, List.of(), List.of(), ResourceLimits.NONE);
  }

  @ParameterizedTest(name = "[{index}] user ''{0}'' is root")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"  | Config.User is empty, so the image's default user, root, applies",
      "root  | Config.User is 'root'",
      "0     | Config.User is '0'",
      "0000  | Config.User is '0000'",
      "0:0   | Config.User is '0:0'",
      "0:1000 | Config.User is '0:1000'",
      "root:app | Config.User is 'root:app'",
      "\" root \" | Config.User is 'root'"})
  void failsEveryWayOfRunningAsRoot(String user, String why) {
    List<Finding> findings = ContainerUserPolicy.evaluate(List.of(runningAs(user)));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.isBlocking()).isTrue();
      assertThat(finding.message())
          .isEqualTo("container 'web' (3f2a1b9c0d1e, image app:1.4) runs as root: " + why);
      assertThat(finding.fix()).contains("USER 10001", "user: \"10001:10001\"", "runAsNonRoot: true");
    });
  }

  @ParameterizedTest(name = "[{index}] user ''{0}'' is not root")
  @CsvSource({"10001", "10001:10001", "app", "app:root", "nobody", "1000:0", "rootless", "01"})
  void passesANonRootUserWhateverItsGroup(String user) {
    assertThat(ContainerUserPolicy.evaluate(List.of(runningAs(user)))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"app, root, 1", "root, '', 2", "app, 10001, 0"})
  void judgesEachContainerOnItsOwn(String first, String second, int failures) {
    assertThat(ContainerUserPolicy.evaluate(List.of(runningAs(first), runningAs(second)))).hasSize(failures);
  }
}
