package dev.readiness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.readiness.junit.ReadinessExtension;
import dev.readiness.junit.report.ReadinessResultCollector;
import dev.readiness.report.ReadinessReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the kits through the JUnit Platform Launcher, exactly as a JUnit run would, and collects the report. Only
 * the Jupiter engine and this runner's own listener take part: listeners on the class path are not registered, so a
 * scan writes nothing but the command line's report. A selection of {@code tls.*} checks alone takes the
 * {@link DirectScan} fast path, which gives the same report without starting the launcher.
 */
final class ScanRunner {

  private ScanRunner() {}

  /**
   * @param profile the profile file, or empty for the URL alone
   * @param url the URL override, or empty
   * @param selection the checks to run, or empty for all
   * @param targetName how the report names the target
   * @param progress how to say on standard error which check runs (the fast {@code tls.*} path says nothing)
   * @param parameters further configuration parameters of the kits, such as the containers a compose run started
   *     ({@link ReadinessExtension#CONTAINERS_PROPERTY_NAME}); the fast {@code tls.*} path needs none
   * @return the report of the run
   */
  static ReadinessReport run(Optional<Path> profile, Optional<String> url, Optional<CheckSelection> selection,
      String targetName, ScanProgress.Mode progress, Map<String, String> parameters) {
    if (DirectScan.covers(selection)) {
      return DirectScan.run(profile, url, selection.orElseThrow(), targetName);
    }
    Optional<ScanProgress> listener = ScanProgress.start(progress, System.err);
    try {
      return throughJUnit(profile, url, selection, targetName, parameters,
          listener.stream().toArray(TestExecutionListener[]::new));
    } finally {
      listener.ifPresent(ScanProgress::close);
    }
  }

  /** The normal path: the kits through the JUnit Platform Launcher, whatever the selection. */
  static ReadinessReport throughJUnit(Optional<Path> profile, Optional<String> url, Optional<CheckSelection> selection,
      String targetName, TestExecutionListener... listeners) {
    return throughJUnit(profile, url, selection, targetName, Map.of(), listeners);
  }

  /** The normal path with further configuration parameters of the kits. */
  static ReadinessReport throughJUnit(Optional<Path> profile, Optional<String> url, Optional<CheckSelection> selection,
      String targetName, Map<String, String> parameters, TestExecutionListener... listeners) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(ScanSuite.class))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME,
            profile.map(p -> p.toAbsolutePath().toString()).orElse("none"))
        .configurationParameter("junit.platform.output.capture.stdout", "false");
    url.ifPresent(u -> request.configurationParameter(ReadinessExtension.URL_PROPERTY_NAME, u));
    request.configurationParameters(parameters);
    selection.ifPresent(request::filters);
    LauncherDiscoveryRequest discovery = request.build();

    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .build());
    ReadinessResultCollector collector = new ReadinessResultCollector();
    Instant started = Instant.now();
    TestExecutionListener[] all = new TestExecutionListener[listeners.length + 1];
    all[0] = collector;
    System.arraycopy(listeners, 0, all, 1, listeners.length);
    launcher.execute(discovery, all);
    Duration took = Duration.between(started, Instant.now());
    return new ReadinessReport(targetName, profile.map(Path::toString).orElse("(none)"), started, took,
        collector.results(), collector.traffic());
  }
}
