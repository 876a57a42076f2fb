package dev.readiness.junit.report;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.junit.ReadinessExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes through a real JUnit Platform launcher, as Maven or an IDE would, with the report listener. */
final class ReportRuns {

  private ReportRuns() {}

  /** Runs with only the given listener registered (reads the environment from {@code environment}). */
  static void run(Class<?> fixture, String profile, Path reportDirectory, Map<String, String> environment) {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .addTestExecutionListeners(new ReadinessReportListener(environment::get))
        .build());
    launcher.execute(request(fixture, profile, reportDirectory));
  }

  /** Runs several fixture classes in one launcher run, with only the given listener registered. */
  static void runAll(List<Class<?>> fixtures, Path reportDirectory) {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .addTestExecutionListeners(new ReadinessReportListener(name -> null))
        .build());
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(fixtures.stream().map(DiscoverySelectors::selectClass).toList())
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, "none")
        .configurationParameter(ReadinessReportListener.DIRECTORY_PROPERTY_NAME, reportDirectory.toString())
        .build());
  }

  /** Runs with the listeners the service loader finds, exactly as a build tool would. */
  static void runWithRegisteredListeners(Class<?> fixture, String profile, Path reportDirectory) {
    LauncherFactory.create().execute(request(fixture, profile, reportDirectory));
  }

  private static LauncherDiscoveryRequest request(Class<?> fixture, String profile, Path reportDirectory) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME, profile)
        .configurationParameter(ReadinessReportListener.DIRECTORY_PROPERTY_NAME, reportDirectory.toString())
        .build();
  }
}
