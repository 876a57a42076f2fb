package dev.readiness.stacks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts Debian's nginx ({@code /usr/sbin/nginx}) from {@code src/test/stacks/nginx/nginx.conf.template} in front of
 * a hardened {@link ApplicationStack#EXPRESS}: TLS and HTTP/2 on one ephemeral 127.0.0.1 port, a plain-HTTP redirect
 * on another, a site-wide {@code limit_req} of 5 r/s with a burst of 10 answered 429. The profile is the upstream's,
 * pointed at nginx, with a load below the site limit. {@link Fault#HSTS_MISSING} drops nginx's
 * {@code add_header Strict-Transport-Security} (the upstream's header is hidden by nginx either way),
 * {@link Fault#HSTS_SHORT} sets its max-age to one day, {@link Fault#SERVER_TOKENS_ON} sets
 * {@code server_tokens on}; other faults go to the upstream.
 */
final class NginxStack {

  private static final Set<Fault> OWN_FAULTS = Set.of(Fault.HSTS_MISSING, Fault.HSTS_SHORT, Fault.SERVER_TOKENS_ON);
  private static final String HSTS = "add_header Strict-Transport-Security \"max-age=%d; includeSubDomains\" always;";

  private NginxStack() {}

  /**
   * @param faults the faults to seed, none for the hardened stack
   * @return nginx and its upstream, ready to answer
   */
  static RunningStack start(Set<Fault> faults) throws Exception {
    Requirement.NGINX.assume();
    Set<Fault> upstreamFaults = faults.stream().filter(f -> !OWN_FAULTS.contains(f))
        .collect(Collectors.toSet());
    RunningStack upstream = ApplicationStack.EXPRESS.start(upstreamFaults);
    try {
      Path dir = Files.createTempDirectory("readiness-stack-nginx");
      for (String file : List.of(StackCertificates.CA_FILE, StackCertificates.CERT_FILE, StackCertificates.KEY_FILE)) {
        Files.copy(upstream.dir().resolve(file), dir.resolve(file));
      }
      int httpsPort = freePort();
      int httpPort = freePort();
      String config = Files.readString(StackSources.dir("nginx").resolve("nginx.conf.template"))
          .replace("@DIR@", dir.toString())
          .replace("@HTTPS_PORT@", Integer.toString(httpsPort))
          .replace("@HTTP_PORT@", Integer.toString(httpPort))
          .replace("@UPSTREAM@", "127.0.0.1:" + upstream.httpsUrl().getPort())
          .replace("@SERVER_TOKENS@", faults.contains(Fault.SERVER_TOKENS_ON) ? "on" : "off")
          .replace("@HSTS@", faults.contains(Fault.HSTS_MISSING) ? ""
              : HSTS.formatted(faults.contains(Fault.HSTS_SHORT) ? 86400 : 31536000));
      Path conf = Files.writeString(dir.resolve("nginx.conf"), config);
      StackProcess nginx = StackProcess.start("nginx", List.of(Requirement.NGINX_BINARY.toString(), "-p",
          dir.toString(), "-e", dir.resolve("error.log").toString(), "-c", conf.toString()), Map.of(), dir);
      awaitListening(nginx, httpsPort, httpPort);
      URI https = URI.create("https://127.0.0.1:" + httpsPort);
      URI http = URI.create("http://127.0.0.1:" + httpPort);
      Path profile = Files.writeString(dir.resolve("readiness.yaml"),
          ProfileYaml.render(https, http, upstream.password(), ProfileYaml.Load.BELOW_SITE_LIMIT));
      return new RunningStack("nginx" + faults, dir, https, http, upstream.password(), profile,
          List.of(upstream, nginx));
    } catch (Exception e) {
      upstream.close();
      throw e;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(StackProcess nginx, int... ports) {
    Instant deadline = Instant.now().plus(StackProcess.START_TIMEOUT);
    for (int port : ports) {
      while (!accepts(port)) {
        if (!nginx.isAlive() || Instant.now().isAfter(deadline)) {
          nginx.close();
          throw new IllegalStateException("nginx does not listen on 127.0.0.1:" + port + "; its output:\n"
              + nginx.output());
        }
        sleep(Duration.ofMillis(50));
      }
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while nginx started", e);
    }
  }
}
