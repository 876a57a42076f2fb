package dev.readiness.assertion;

import dev.readiness.check.Finding;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The failure message of a fluent assertion that is one rule of a catalogue check, worded as a kit test words it:
 * {@code <id> FAILED: <message>} and {@code Fix: <fix>} on the next line, or {@code <id> could not decide (ERROR):
 * <reason>} when the stack gave no answer to judge.
 */
final class ShouldPassCheck extends BasicErrorMessageFactory {

  private ShouldPassCheck(String text) {
    super("%s", unquotedString(text));
  }

  /** @return the message for a blocking finding of check {@code id} */
  static ShouldPassCheck failed(String id, Finding finding) {
    return new ShouldPassCheck(id + " FAILED: " + finding.message()
        + (finding.fix().isEmpty() ? "" : System.lineSeparator() + "Fix: " + finding.fix()));
  }

  /** @return the message for check {@code id} that could not decide, for the reason given */
  static ShouldPassCheck couldNotDecide(String id, String reason) {
    return new ShouldPassCheck(id + " could not decide (ERROR): " + reason);
  }
}
