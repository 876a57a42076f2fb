package dev.readiness.ratelimit;

import dev.readiness.check.CheckResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the observed limit out of {@code ratelimit.api} messages, for tests that compare runs. */
final class ObservedLimits {

  private static final Pattern OBSERVED = Pattern.compile("limited after (\\d+) requests");

  private ObservedLimits() {}

  /** @return each run's observed limit, or -1 where the message names none */
  static List<Integer> of(List<CheckResult> runs) {
    return runs.stream().map(ObservedLimits::of).toList();
  }

  /** @return the run's observed limit, or -1 where the message names none */
  static int of(CheckResult run) {
    Matcher matcher = OBSERVED.matcher(run.message());
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  /** @return the runs' messages, one a line, for an assertion's description */
  static String messages(List<CheckResult> runs) {
    return runs.stream().map(CheckResult::message).collect(Collectors.joining("\n"));
  }
}
