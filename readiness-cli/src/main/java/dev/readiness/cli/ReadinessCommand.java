package dev.readiness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code readiness} command line: {@code scan} a stack described by a profile or a URL, or run the {@code demo}
 * against an embedded stack. Exit codes: 0 every check passed or was skipped, 1 any check failed, 2 usage or profile
 * error, 3 any check could not decide and none failed.
 */
@Command(
    name = "readiness",
    mixinStandardHelpOptions = true,
    versionProvider = ReadinessVersion.class,
    description = "Production-readiness checks against a running stack.",
    subcommands = {ScanCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class ReadinessCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    return new CommandLine(new ReadinessCommand())
        .setExitCodeExceptionMapper(e -> ExitCode.USAGE)
        .setParameterExceptionHandler((e, a) -> {
          e.getCommandLine().getErr().println("readiness: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return ExitCode.USAGE;
        })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: scan or demo");
  }
}
