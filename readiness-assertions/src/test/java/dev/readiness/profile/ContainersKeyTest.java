package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parse;
import static dev.readiness.profile.ProfileFixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code containers} key: the running containers the {@code container.*} checks inspect. */
class ContainersKeyTest {

  private static final String TARGET = "target:\n  url: https://localhost:8443\n";

  @Test
  void isEmptyWhenAbsent() {
    assertThat(parse(TARGET).containers()).isEmpty();
  }

  @Test
  void readsNamesAndIdsInOrderWithoutDuplicates() {
    StackProfile profile = parse(TARGET + "containers: [chat-api, ' mongo ', 3f2a1b9c0d1e, chat-api]\n");

    assertThat(profile.containers()).containsExactly("chat-api", "mongo", "3f2a1b9c0d1e");
  }

  @Test
  void namesKeyAndLineOfABlankName() {
    assertThat(parseError(TARGET + "containers:\n  - api\n  - ''\n"))
        .hasMessage("readiness.yaml:5: containers[1]: a container name or id cannot be blank");
  }

  @Test
  void namesKeyAndLineOfASingleValue() {
    assertThat(parseError(TARGET + "containers: api\n"))
        .hasMessageStartingWith("readiness.yaml:3: containers: expected a list, found");
  }

  @Test
  void replacesTheContainersOfTheFileKeepingTheRest() {
    StackProfile profile = parse(TARGET + "containers: [api]\nrepository: .\n");

    StackProfile started = profile.withContainers(List.of("4d65051258d9"));

    assertThat(started.containers()).containsExactly("4d65051258d9");
    assertThat(started.repository()).isEqualTo(profile.repository());
    assertThat(started.target()).isEqualTo(profile.target());
    assertThatThrownBy(() -> profile.withContainers(List.of(" ")))
        .hasMessage("containers: a container name or id cannot be blank");
  }
}
