package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An HTTPS API running in this JVM, shaped like the seed stacks (a meeting app's rooms, a chat app's login and
 * file upload), either hardened or with chosen {@link Misconfiguration}s. It serves the {@code demo} command,
 * the examples and the tests of the checks.
 *
 * <p>Two listeners bind {@code 127.0.0.1} on ephemeral ports: HTTPS, with a certificate for {@code localhost}
 * and {@code 127.0.0.1} issued by {@link #caCertificate()}, and plain HTTP, which redirects every request to
 * HTTPS unless {@link Misconfiguration#NO_HTTPS_REDIRECT} is on. Endpoints:
 * {@code GET /} (HTML), {@code GET /health}, {@code POST /api/auth/login}, {@code POST /api/auth/refresh},
 * {@code GET /api/rooms} (bearer token) and {@code POST /api/files} (bearer token, multipart). Anything else
 * answers 404 or 405 with a JSON {@code detail}, and no response body ever holds a stack trace.
 *
 * <p>Thread-safe. Close it to free the ports; its threads are daemons, so a forgotten stack never keeps the
 * JVM alive.
 *
 * <pre>{@code
 * try (DemoStack stack = DemoStack.misconfigured()) {
 *   Path profile = stack.writeProfile(tempDir);
 *   // run the checks against profile
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DemoStack implements AutoCloseable {

  /** The demo account's user name. */
  public static final String USER = DemoAccount.USER;

  private final StackSettings settings;
  private final DemoCertificates certificates;
  private final DemoServer server;

  private DemoStack(StackSettings settings, DemoCertificates certificates, DemoServer server) {
    this.settings = settings;
    this.certificates = certificates;
    this.server = server;
  }

  /**
   * Starts a stack with the given faults; the set is copied.
   *
   * @param misconfigurations the faults to switch on, empty for a hardened stack
   * @return a started stack, both listeners accepting
   * @throws IllegalStateException when the server cannot start; nothing is left running
   */
  public static DemoStack start(Set<Misconfiguration> misconfigurations) {
    return start(misconfigurations, TokenSigning.HS256);
  }

  /**
   * Starts a stack with the given faults, signing access tokens as {@code signing} says; the set is copied.
   *
   * @param misconfigurations the faults to switch on, empty for a hardened stack
   * @param signing how access tokens are signed ({@link Misconfiguration#JWT_ES256_PSYCHIC_SIGNATURE} implies ES256)
   * @return a started stack, both listeners accepting
   * @throws IllegalStateException when the server cannot start; nothing is left running
   */
  public static DemoStack start(Set<Misconfiguration> misconfigurations, TokenSigning signing) {
    StackSettings settings = StackSettings.of(misconfigurations, signing);
    DemoCertificates certificates = DemoCertificates.shared();
    return new DemoStack(settings, certificates, DemoServer.start(settings, certificates));
  }

  /** @return a started stack with no misconfiguration switched on */
  public static DemoStack hardened() {
    return start(EnumSet.noneOf(Misconfiguration.class));
  }

  /**
   * @return a started stack with {@link Misconfiguration#HSTS_MISSING}, {@link Misconfiguration#NO_HTTPS_REDIRECT},
   *     {@link Misconfiguration#NOSNIFF_MISSING} and {@link Misconfiguration#HEALTH_FAILING}
   */
  public static DemoStack misconfigured() {
    return start(EnumSet.of(Misconfiguration.HSTS_MISSING, Misconfiguration.NO_HTTPS_REDIRECT,
        Misconfiguration.NOSNIFF_MISSING, Misconfiguration.HEALTH_FAILING));
  }

  /** @return the demo account's password, fixed across runs */
  public static String password() {
    return DemoAccount.PASSWORD;
  }

  /** @return the HTTPS base URL, {@code https://localhost:PORT/} */
  public URI httpsUrl() {
    return URI.create("https://localhost:" + server.httpsPort() + "/");
  }

  /** @return the plain-HTTP base URL, {@code http://localhost:PORT/} */
  public URI httpUrl() {
    return URI.create("http://localhost:" + server.httpPort() + "/");
  }

  /** @return the CA that issued the HTTPS certificate; trusting it alone is enough to reach the stack */
  public X509Certificate caCertificate() {
    return certificates.ca();
  }

  /** @return {@link #caCertificate()} as one PEM {@code CERTIFICATE} block */
  public String caCertificatePem() {
    return certificates.caPem();
  }

  /**
   * Writes {@link #caCertificatePem()} to a file, replacing it; the parent directory must exist.
   *
   * @param file where to write
   * @return {@code file}
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeCaPem(Path file) {
    try {
      return Files.writeString(file, caCertificatePem(), US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the faults this stack runs with, unmodifiable, in declaration order */
  public Set<Misconfiguration> misconfigurations() {
    return settings.misconfigurations();
  }

  /**
   * Writes a stack profile describing this stack: {@code readiness.yaml} with its URLs, a 5 s timeout, the
   * home, health and protected paths, the login and refresh endpoints with the demo account, and the upload
   * endpoint's field, types and size limit; and {@code ca.pem} beside it, which the profile trusts. Both files
   * are replaced; the directory is created if needed.
   *
   * @param directory where to write the two files
   * @return the path of {@code readiness.yaml}
   * @throws UncheckedIOException when a file cannot be written
   */
  public Path writeProfile(Path directory) {
    try {
      Files.createDirectories(directory);
      writeCaPem(directory.resolve(StackProfileYaml.CA_FILE_NAME));
      return Files.writeString(directory.resolve(StackProfileYaml.FILE_NAME),
          StackProfileYaml.render(httpsUrl(), httpUrl()), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops both listeners and frees their ports, within about two seconds; closing twice does nothing more. */
  @Override
  public void close() {
    server.stop();
  }

  /**
   * Runs a stack until the process is stopped: {@code hardened} (the default) or {@code misconfigured}, as the
   * first argument. Prints the two URLs; the stack closes when the JVM shuts down.
   *
   * @param args at most one argument, the mode
   * @throws InterruptedException when interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    String mode = args.length == 0 ? "hardened" : args[0];
    DemoStack stack;
    if (mode.equals("hardened")) {
      stack = hardened();
    } else if (mode.equals("misconfigured")) {
      stack = misconfigured();
    } else {
      System.err.println("usage: DemoStack [hardened|misconfigured]");
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "readiness-demo-shutdown"));
    System.out.println("Readiness demo stack (" + mode + ") " + stack.misconfigurations());
    System.out.println("HTTPS: " + stack.httpsUrl());
    System.out.println("HTTP:  " + stack.httpUrl());
    stack.server.join();
  }
}
