package dev.readiness.cli;

import dev.readiness.junit.ReadinessCheck;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on standard error which check a scan runs and how long it has waited, so a long scan (rate-limit windows,
 * load runs) is not silent. On a terminal one line is rewritten in place with carriage returns every second
 * ({@code [12/53] ratelimit.api  14 s}) and cleared at the end; without one (a CI log) it writes a plain line when a
 * check starts and a {@code still running} line every {@value #PLAIN_EVERY_SECONDS} seconds while it runs.
 */
final class ScanProgress implements TestExecutionListener, AutoCloseable {

  /** How progress is shown. */
  enum Mode {
    /** A terminal when standard output is one, else plain lines. */
    auto,
    /** One line rewritten in place. */
    terminal,
    /** A line per check, and one per {@value ScanProgress#PLAIN_EVERY_SECONDS} seconds of a long check. */
    plain,
    /** Nothing. */
    off
  }

  static final int PLAIN_EVERY_SECONDS = 15;

  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier nanos;
  private ScheduledExecutorService ticker;
  private int total;
  private int index;
  private String current;
  private long startedNanos;
  private long lastPlainSecond;
  private int width;

  ScanProgress(PrintStream err, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.terminal = terminal;
    this.nanos = nanos;
  }

  /** @return the listener for the mode, ticking once a second; empty for {@link Mode#off} */
  static Optional<ScanProgress> start(Mode mode, PrintStream err) {
    if (mode == Mode.off) {
      return Optional.empty();
    }
    boolean terminal = mode == Mode.terminal || mode == Mode.auto && isTerminal();
    ScanProgress progress = new ScanProgress(err, terminal, System::nanoTime);
    progress.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "readiness-progress");
      t.setDaemon(true);
      return t;
    });
    progress.ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
    return Optional.of(progress);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    planned((int) plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
        .filter(test -> checkId(test).isPresent()).count());
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    checkId(test).ifPresent(this::started);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    checkId(test).ifPresent(this::finished);
  }

  /** The scan will run this many checks. */
  synchronized void planned(int checks) {
    total = checks;
  }

  /** A check started: on a terminal its line replaces the last one, else a plain line says so. */
  synchronized void started(String id) {
    index++;
    current = id;
    startedNanos = nanos.getAsLong();
    lastPlainSecond = 0;
    if (terminal) {
      rewrite(line(0));
    } else {
      err.println(line(-1));
    }
  }

  /** A check ended. */
  synchronized void finished(String id) {
    if (id.equals(current)) {
      current = null;
    }
  }

  /** Updates the line of the running check: rewrites it on a terminal, writes a plain line now and then. */
  synchronized void tick() {
    if (current == null) {
      return;
    }
    long seconds = Duration.ofNanos(nanos.getAsLong() - startedNanos).toSeconds();
    if (terminal) {
      rewrite(line(seconds));
    } else if (seconds >= lastPlainSecond + PLAIN_EVERY_SECONDS) {
      lastPlainSecond = seconds - seconds % PLAIN_EVERY_SECONDS;
      err.println(line(lastPlainSecond) + " still running");
    }
  }

  /** Stops ticking and clears the terminal line. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (terminal && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
    current = null;
  }

  /**
   * @return whether the command line runs on a terminal: a console that is a terminal ({@code Console.isTerminal},
   *     looked up reflectively because it exists from JDK 22 on, where {@code System.console()} is no longer null
   *     when the output is redirected), and no {@code CI} environment variable
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null || System.getenv("CI") != null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private String line(long seconds) {
    String head = "[" + index + "/" + total + "] " + current;
    return seconds < 0 ? head : head + "  " + seconds + " s";
  }

  private void rewrite(String line) {
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = Math.max(width, line.length());
    err.print("\r" + padded);
    err.flush();
  }

  private static Optional<String> checkId(TestIdentifier test) {
    return test.getSource().filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getJavaMethod().getAnnotation(ReadinessCheck.class))
        .map(ReadinessCheck::value);
  }
}
