package dev.readiness.cli;

import picocli.CommandLine;

/** The version the command line reports: the jar's implementation version, or {@code dev} when run from classes. */
final class ReadinessVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = ReadinessVersion.class.getPackage().getImplementationVersion();
    return new String[] {"readiness " + (version == null ? "dev" : version)};
  }
}
