package dev.readiness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.profile.StackProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration parameters {@code readiness.containers} and {@code readiness.settings}. */
class ProfileLocatorParametersTest {

  @TempDir
  Path dir;

  private StackProfile locate(Map<String, String> parameters) throws Exception {
    Path file = Files.writeString(dir.resolve("readiness.yaml"), """
        target:
          url: http://127.0.0.1:8080/
        containers: [from-the-file]
        dependency:
          container: redis
        """);
    ProfileLocator locator = new ProfileLocator(key -> Optional.ofNullable(
        key.equals(ReadinessExtension.PROFILE_PROPERTY_NAME) ? file.toString() : parameters.get(key)), Map.of(), dir);
    return locator.locate(Optional.empty());
  }

  @Test
  void containersParameterTakesThePlaceOfTheProfilesContainers() throws Exception {
    StackProfile profile = locate(Map.of(ReadinessExtension.CONTAINERS_PROPERTY_NAME, "tcabc_app_1, tcabc_redis_1"));

    assertThat(profile.containers()).containsExactly("tcabc_app_1", "tcabc_redis_1");
  }

  @Test
  void settingsParameterSetsValuesOverTheFileOneALine() throws Exception {
    StackProfile profile = locate(Map.of(ReadinessExtension.SETTINGS_PROPERTY_NAME,
        "dependency.container=tcabc_redis_1\npaths.health=/health\n"));

    assertThat(profile.dependency().orElseThrow().container()).isEqualTo("tcabc_redis_1");
    assertThat(profile.paths().health()).contains("/health");
    assertThat(profile.containers()).isEqualTo(List.of("from-the-file"));
  }

  @Test
  void aSettingsLineWithoutEqualsIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> locate(Map.of(ReadinessExtension.SETTINGS_PROPERTY_NAME, "dependency.container")))
        .isInstanceOf(ReadinessConfigurationException.class)
        .hasMessage("configuration parameter readiness.settings line 'dependency.container': expected key=value");
  }
}
