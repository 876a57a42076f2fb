package dev.readiness.junit;

import dev.readiness.profile.ProfileException;
import dev.readiness.profile.ProfileOverride;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the stack profile of a readiness test class, in the order {@link ReadinessTest} documents, and applies the
 * URL override. Every failure is a {@link ReadinessConfigurationException} that says what was looked for and where.
 */
final class ProfileLocator {

  static final String DEFAULT_FILE = "readiness.yaml";
  static final String NO_PROFILE = "none";

  private final Function<String, Optional<String>> parameters;
  private final Map<String, String> environment;
  private final Path workingDirectory;

  ProfileLocator(Function<String, Optional<String>> parameters, Map<String, String> environment,
      Path workingDirectory) {
    this.parameters = parameters;
    this.environment = environment;
    this.workingDirectory = workingDirectory;
  }

  StackProfile locate(Optional<ReadinessTest> annotation) {
    return locate(annotation, List.of());
  }

  /** @param overrides the class's settings, applied over the file (or making the profile when there is none) */
  StackProfile locate(Optional<ReadinessTest> annotation, List<ProfileOverride> overrides) {
    return locate(annotation, overrides, Optional.empty());
  }

  /**
   * @param overrides the class's settings, applied over the file (or making the profile when there is none)
   * @param containerUrl the URL of a {@link ReadinessTarget} container, which takes the place of any other URL
   */
  StackProfile locate(Optional<ReadinessTest> annotation, List<ProfileOverride> overrides,
      Optional<String> containerUrl) {
    Optional<String> url = containerUrl.or(() -> annotation.map(ReadinessTest::url).filter(s -> !s.isBlank()))
        .or(() -> parameters.apply(ReadinessExtension.URL_PROPERTY_NAME).filter(s -> !s.isBlank()));
    Optional<Path> file = profileFile(annotation);
    List<ProfileOverride> all = new ArrayList<>(overrides);
    all.addAll(parameterSettings());
    try {
      return withParameterContainers(located(url, file, all));
    } catch (ProfileException e) {
      throw new ReadinessConfigurationException("invalid stack profile: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ReadinessConfigurationException("invalid readiness target: " + e.getMessage(), e);
    }
  }

  private StackProfile located(Optional<String> url, Optional<Path> file, List<ProfileOverride> overrides) {
    if (file.isPresent()) {
      StackProfile profile = StackProfile.load(file.get(), overrides);
      return url.map(profile::withUrl).orElse(profile);
    }
    String target = url.orElseThrow(() -> new ReadinessConfigurationException(
        "no target for this readiness test: set @ReadinessTest(url = ...) or (profile = ...), the configuration "
            + "parameter " + ReadinessExtension.PROFILE_PROPERTY_NAME + " or " + ReadinessExtension.URL_PROPERTY_NAME
            + ", the environment variable " + ReadinessExtension.PROFILE_ENVIRONMENT_VARIABLE + ", or put "
            + DEFAULT_FILE + " in " + workingDirectory.toAbsolutePath()));
    return overrides.isEmpty() ? StackProfile.forTarget(Target.of(target))
        : StackProfile.fromSettings(target, "the target URL '" + target + "'", overrides);
  }

  private List<ProfileOverride> parameterSettings() {
    List<ProfileOverride> settings = new ArrayList<>();
    for (String line : parameters.apply(ReadinessExtension.SETTINGS_PROPERTY_NAME).orElse("").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String place = "configuration parameter " + ReadinessExtension.SETTINGS_PROPERTY_NAME + " line '" + line + "'";
      int equals = line.indexOf('=');
      if (equals < 1) {
        throw new ReadinessConfigurationException(place + ": expected key=value");
      }
      try {
        settings.add(new ProfileOverride(line.substring(0, equals).strip(), line.substring(equals + 1), place));
      } catch (IllegalArgumentException e) {
        throw new ReadinessConfigurationException("invalid stack profile: " + e.getMessage(), e);
      }
    }
    return settings;
  }

  private StackProfile withParameterContainers(StackProfile profile) {
    Optional<String> named = parameters.apply(ReadinessExtension.CONTAINERS_PROPERTY_NAME).filter(s -> !s.isBlank());
    return named.map(list -> profile.withContainers(Arrays.stream(list.split(",")).map(String::strip).toList()))
        .orElse(profile);
  }

  private Optional<Path> profileFile(Optional<ReadinessTest> annotation) {
    Optional<String> named = annotation.map(ReadinessTest::profile).filter(s -> !s.isBlank())
        .or(() -> parameters.apply(ReadinessExtension.PROFILE_PROPERTY_NAME).filter(s -> !s.isBlank()))
        .or(() -> Optional.ofNullable(environment.get(ReadinessExtension.PROFILE_ENVIRONMENT_VARIABLE))
            .filter(s -> !s.isBlank()));
    if (named.filter(NO_PROFILE::equals).isPresent()) {
      return Optional.empty();
    }
    if (named.isPresent()) {
      Path path = workingDirectory.resolve(named.get());
      if (!Files.isRegularFile(path)) {
        throw new ReadinessConfigurationException("stack profile " + path.toAbsolutePath() + " does not exist");
      }
      return Optional.of(path);
    }
    Path fallback = workingDirectory.resolve(DEFAULT_FILE);
    return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
  }
}
