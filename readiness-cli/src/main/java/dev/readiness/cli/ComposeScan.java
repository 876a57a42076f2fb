package dev.readiness.cli;

import dev.readiness.junit.ReadinessExtension;
import dev.readiness.profile.Dependency;
import dev.readiness.profile.Persistence;
import dev.readiness.profile.Shutdown;
import dev.readiness.profile.StackProfile;
import dev.readiness.report.ReadinessReport;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code scan --compose FILE --service NAME}: starts the Compose project ({@link ComposeStack}), scans the
 * application service's published port on 127.0.0.1 (the profile's {@code target.url} keeps its scheme and path)
 * with the runtime checks driving the project's containers, and
 * takes the project down whatever happens. The application service's container is the application container
 * ({@code containers}, first); a profile's {@code dependency.container}, {@code persistence.container} or
 * {@code shutdown.container} that names a service of the file stands for that service's container. Without
 * {@code docker-compose}, without Docker, with a file it refuses, or a project that does not start, nothing is probed
 * and the exit code is 2 with one line saying why.
 */
final class ComposeScan {

  private ComposeScan() {}

  /**
   * @param file the Compose file
   * @param service the application service
   * @param port the application's container port; empty when it publishes exactly one
   * @param profileFile the profile, if any
   * @param profile the loaded profile, if any (its health path is waited for)
   * @param selection the checks to run, or empty for all
   * @param progress the progress mode
   * @param format what to print
   * @param out where to write the report
   * @return the exit code
   */
  static int run(Path file, String service, OptionalInt port, Optional<Path> profileFile,
      Optional<StackProfile> profile, Optional<CheckSelection> selection, ScanProgress.Mode progress,
      ReportFormat format, Path out) {
    List<String> services;
    try {
      if (ComposeFile.executable(System.getenv("PATH")).isEmpty()) {
        throw new IllegalArgumentException("--compose " + file + ": no " + ComposeFile.EXECUTABLE + " on the PATH; "
            + "install it (Debian: apt-get install docker-compose)");
      }
      Optional<String> noDocker = ComposeStack.dockerUnavailable();
      if (noDocker.isPresent()) {
        throw new IllegalArgumentException("--compose " + file + ": " + noDocker.get());
      }
      services = ComposeFile.services(file);
      if (!services.contains(service)) {
        throw new IllegalArgumentException("--service " + service + ": not a service of " + file + " (services: "
            + String.join(", ", services) + ")");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("readiness: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Optional<String> health = profile.flatMap(p -> p.paths().health());
    URI template = profile.map(p -> p.target().url()).orElse(URI.create("http://127.0.0.1/"));
    ComposeStack stack;
    try {
      stack = ComposeStack.start(file, services, service, port, template, health);
    } catch (IllegalStateException e) {
      System.err.println("readiness: --compose " + file + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    try (stack) {
      System.err.println("Compose project of " + file + " up: service '" + service + "' (container "
          + stack.application() + ") at " + stack.targetUrl());
      ReadinessReport report = ScanRunner.run(profileFile, Optional.of(stack.targetUrl()), selection,
          stack.targetUrl(), progress, parameters(stack, profile));
      return ReportOutput.print(report, format, out);
    }
  }

  /** The containers and the container keys of the profile that name services, as the kits' parameters. */
  static Map<String, String> parameters(ComposeStack stack, Optional<StackProfile> profile) {
    Map<String, String> containers = stack.containers();
    List<String> names = new ArrayList<>();
    names.add(stack.application());
    containers.values().stream().filter(name -> !name.equals(stack.application())).forEach(names::add);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put(ReadinessExtension.CONTAINERS_PROPERTY_NAME, String.join(",", names));
    StringBuilder settings = new StringBuilder();
    profile.flatMap(StackProfile::dependency).map(Dependency::container)
        .ifPresent(name -> setting(settings, "dependency.container", name, containers));
    profile.flatMap(StackProfile::persistence).flatMap(Persistence::container)
        .ifPresent(name -> setting(settings, "persistence.container", name, containers));
    profile.flatMap(StackProfile::shutdown).flatMap(Shutdown::container)
        .ifPresent(name -> setting(settings, "shutdown.container", name, containers));
    if (settings.length() > 0) {
      parameters.put(ReadinessExtension.SETTINGS_PROPERTY_NAME, settings.toString());
    }
    return parameters;
  }

  private static void setting(StringBuilder settings, String key, String value, Map<String, String> containers) {
    String container = containers.get(value);
    if (container != null) {
      settings.append(key).append('=').append(container).append('\n');
    }
  }
}
