package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress lines, driven by a clock the test moves: no waiting, no timing. */
class ScanProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong();

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void seconds(long s) {
    nanos.addAndGet(s * 1_000_000_000L);
  }

  @Test
  void withoutATerminalWritesALinePerCheckAndOneEveryFifteenSecondsOfALongCheck() {
    ScanProgress progress = new ScanProgress(err, false, nanos::get);
    progress.planned(2);

    progress.started("hsts.present");
    seconds(1);
    progress.tick();
    progress.finished("hsts.present");
    progress.started("ratelimit.api");
    for (int i = 0; i < 31; i++) {
      seconds(1);
      progress.tick();
    }
    progress.finished("ratelimit.api");
    progress.tick();
    progress.close();

    assertThat(printed()).isEqualTo(String.join(System.lineSeparator(), "[1/2] hsts.present", "[2/2] ratelimit.api",
        "[2/2] ratelimit.api  15 s still running", "[2/2] ratelimit.api  30 s still running", "")).doesNotContain("\r");
  }

  @Test
  void onATerminalRewritesOneLineAndClearsItAtTheEnd() {
    ScanProgress progress = new ScanProgress(err, true, nanos::get);
    progress.planned(53);

    progress.started("ratelimit.api");
    seconds(14);
    progress.tick();
    progress.finished("ratelimit.api");
    progress.started("load.latency");
    progress.close();

    String line1 = "[1/53] ratelimit.api  0 s";
    String line2 = "[1/53] ratelimit.api  14 s";
    String line3 = "[2/53] load.latency  0 s";
    assertThat(printed()).isEqualTo("\r" + line1 + "\r" + line2 + "\r" + line3 + " ".repeat(line2.length()
        - line3.length()) + "\r" + " ".repeat(line2.length()) + "\r").doesNotContain("\n");
  }
}
