package dev.readiness.stacks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts one of the application stacks, Express ({@code src/test/stacks/express/app.js} on node) or FastAPI
 * ({@code src/test/stacks/fastapi/app.py} on Debian's python3 and uvicorn): fresh certificates and a random
 * password in a temporary directory, the seeded faults in {@code STACK_FAULTS}, both listeners on ephemeral
 * 127.0.0.1 ports, and the profile written once the process printed its ports.
 */
enum ApplicationStack implements StackLauncher {
  /** Express 5 with helmet, cors, express-rate-limit, multer and jsonwebtoken. */
  EXPRESS("express", Requirement.NODE),
  /** FastAPI on uvicorn with a login-limiting middleware. */
  FASTAPI("fastapi", Requirement.FASTAPI);

  private final String source;
  private final Requirement requirement;

  ApplicationStack(String source, Requirement requirement) {
    this.source = source;
    this.requirement = requirement;
  }

  /** Skips the calling test when node, or Debian's FastAPI, is missing. */
  void assumeInstalled() {
    requirement.assume();
  }

  @Override
  public RunningStack start(Set<Fault> faults) throws IOException {
    return start(faults, ProfileYaml.Load.CLOSED);
  }

  RunningStack start(Set<Fault> faults, ProfileYaml.Load load) throws IOException {
    assumeInstalled();
    Path dir = Files.createTempDirectory("readiness-stack-" + source);
    StackCertificates.writeTo(dir);
    String password = randomPassword();
    Map<String, String> environment = Map.of(
        "STACK_PASSWORD", password,
        "STACK_FAULTS", faults.stream().map(Fault::key).sorted().collect(Collectors.joining(",")),
        "STACK_MAX_BYTES", Integer.toString(ProfileYaml.MAX_BYTES),
        "STACK_ALLOWED_ORIGIN", ProfileYaml.ALLOWED_ORIGIN,
        "STACK_TLS_KEY", dir.resolve(StackCertificates.KEY_FILE).toString(),
        "STACK_TLS_CERT", dir.resolve(StackCertificates.CERT_FILE).toString(),
        "NODE_ENV", "production");
    StackProcess process = StackProcess.start(source, command(), environment, dir);
    try {
      int[] ports = process.awaitReadyLine();
      URI https = URI.create("https://127.0.0.1:" + ports[0]);
      URI http = URI.create("http://127.0.0.1:" + ports[1]);
      Path profile = Files.writeString(dir.resolve("readiness.yaml"), ProfileYaml.render(https, http, password, load));
      return new RunningStack(source + faults, dir, https, http, password, profile, List.of(process));
    } catch (RuntimeException e) {
      process.close();
      throw e;
    }
  }

  private List<String> command() {
    Path app = StackSources.dir(source);
    return switch (this) {
      case EXPRESS -> List.of("node", app.resolve("app.js").toString());
      case FASTAPI -> List.of(Requirement.PYTHON.toString(), app.resolve("app.py").toString());
    };
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return "pw-" + HexFormat.of().formatHex(bytes);
  }
}
