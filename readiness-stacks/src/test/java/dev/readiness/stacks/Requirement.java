package dev.readiness.stacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What a stack needs on the machine. {@link #assume()} skips the calling test with the reason and the command that
 * installs it ({@code .ci/run} installs them all) when it is missing.
 */
enum Requirement {
  /** Node.js and the Express stack's pinned packages ({@code npm ci}). */
  NODE("node with the Express stack's packages: apt-get install nodejs npm && npm ci --prefix "
      + "readiness-stacks/src/test/stacks/express"),
  /** Debian's python3 with FastAPI, uvicorn, python-multipart and PyJWT. */
  FASTAPI("/usr/bin/python3 with FastAPI: apt-get install python3-fastapi python3-uvicorn python3-multipart python3-jwt"),
  /** Debian's nginx. */
  NGINX("/usr/sbin/nginx: apt-get install nginx-light");

  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final Path NGINX_BINARY = Path.of("/usr/sbin/nginx");

  private final String what;
  private volatile Boolean met;

  Requirement(String what) {
    this.what = what;
  }

  /** Skips the test (JUnit assumption) when this requirement is not met; looks once per JVM. */
  void assume() {
    Boolean known = met;
    if (known == null) {
      known = lookUp();
      met = known;
    }
    Assumptions.assumeTrue(known, () -> "skipped: this stack needs " + what);
  }

  private boolean lookUp() {
    return switch (this) {
      case NODE -> runs("node", "--version")
          && Files.isDirectory(StackSources.dir("express").resolve("node_modules/express"));
      case FASTAPI -> runs(PYTHON.toString(), "-c", "import fastapi, uvicorn, multipart, jwt");
      case NGINX -> Files.isExecutable(NGINX_BINARY);
    };
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
