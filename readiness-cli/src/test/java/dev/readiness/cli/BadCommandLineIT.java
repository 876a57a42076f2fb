package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines a hostile or careless user types: each exits 2 before the first probe, with one line that says
 * what the input is and what is wrong, and never shows a password.
 */
class BadCommandLineIT {

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = ReadinessCommand.execute(args);
      return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void aProfileThatIsADeviceADirectoryOrAPipeIsNamedForWhatItIs() throws Exception {
    Path fifo = dir.resolve("profile.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    Run zero = run("scan", "--profile", "/dev/zero", "--out", dir.resolve("out").toString());
    Run directory = run("scan", "--profile", dir.toString(), "--out", dir.resolve("out").toString());
    Run pipe = run("scan", "--profile", fifo.toString(), "--out", dir.resolve("out").toString());
    Run missing = run("scan", "--profile", dir.resolve("nope.yaml").toString());

    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("--profile /dev/zero: is a character device, not a regular file");
    assertThat(directory.err()).contains(": is a directory; give the path of a profile file");
    assertThat(pipe.err()).contains("profile.fifo: is a named pipe (FIFO), not a regular file");
    assertThat(missing.err()).contains("nope.yaml: no such file");
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(pipe.exit()).isEqualTo(2);
  }

  @Test
  void anOutputFolderThatCannotBeWrittenExitsTwoBeforeTheFirstProbe() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = countConnections(target);
      String url = "http://127.0.0.1:" + target.getLocalPort() + "/";

      Run proc = run("scan", "--url", url, "--out", "/proc/forbidden");
      Run onAFile = run("scan", "--url", url, "--out", file.toString());

      assertThat(proc.exit()).isEqualTo(2);
      assertThat(proc.err()).contains("--out /proc/forbidden: cannot create this folder (");
      assertThat(onAFile.exit()).isEqualTo(2);
      assertThat(onAFile.err()).contains("a-file: is a file, not a folder");
      target.close();
      assertThat(connections.get()).as("connections to the target").isZero();
    }
  }

  @Test
  void aUrlWithAPasswordIsRefusedWithoutShowingIt() {
    Run run = run("scan", "--url", "https://user:secretpw@127.0.0.1:1/", "--out", dir.resolve("out").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'https://user:<redacted>@127.0.0.1:1/' carries a user name or password");
    assertThat(run.out() + run.err()).doesNotContain("secretpw");
  }

  @Test
  void outOfRangeProfileValuesExitTwoWithTheLineAndTheRange() throws IOException {
    Path port = Files.writeString(dir.resolve("port.yaml"), "target:\n  url: http://127.0.0.1:99999/\n");
    Path timeout = Files.writeString(dir.resolve("timeout.yaml"),
        "target:\n  url: http://127.0.0.1:8080/\n  timeout: 30d\n");
    Path upload = Files.writeString(dir.resolve("upload.yaml"),
        "target:\n  url: http://127.0.0.1:8080/\nupload:\n  path: /f\n  maxBytes: 99999999999999\n");

    Run portRun = run("scan", "--profile", port.toString(), "--out", dir.resolve("out").toString());
    Run timeoutRun = run("scan", "--profile", timeout.toString(), "--out", dir.resolve("out").toString());
    Run uploadRun = run("scan", "--profile", upload.toString(), "--out", dir.resolve("out").toString());

    assertThat(portRun.exit()).isEqualTo(2);
    assertThat(portRun.err()).contains("port.yaml:2: target.url: 'http://127.0.0.1:99999/' has port 99999;"
        + " a port is from 1 to 65535");
    assertThat(timeoutRun.exit()).isEqualTo(2);
    assertThat(timeoutRun.err()).contains("timeout.yaml:3: target.timeout: '30d' is out of range: use from 1ms"
        + " to 5m (the cap)");
    assertThat(uploadRun.exit()).isEqualTo(2);
    assertThat(uploadRun.err()).contains("upload.yaml:5: upload.maxBytes: '99999999999999' is out of range");
  }

  private static AtomicInteger countConnections(ServerSocket server) {
    AtomicInteger count = new AtomicInteger();
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket ignored = server.accept()) {
          count.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return count;
  }
}
