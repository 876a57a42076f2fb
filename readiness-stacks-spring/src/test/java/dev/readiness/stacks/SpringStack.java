package dev.readiness.stacks;

import dev.readiness.stacks.spring.SpringStackApplication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link SpringStackApplication} (Spring Boot 3, Spring Security, embedded Tomcat) in this JVM: HTTPS from
 * PEM files of a fresh test CA with TLS 1.2/1.3 and the Mozilla intermediate suites, both connectors on ephemeral
 * 127.0.0.1 ports, errors without stack traces ({@code server.error.include-stacktrace=always} under the
 * {@code debug-traces} fault), multipart files of at most 65536 bytes, and the profile of {@link ProfileYaml}.
 */
enum SpringStack implements StackLauncher {
  /** The one Spring Boot stack. */
  INSTANCE;

  private static final String CIPHERS = String.join(",", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
      "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  /** Tomcat logs each refused oversize header (leak.stack-trace sends one) with its stack trace; a warning suffices. */
  private static final Logger TOMCAT_HTTP = Logger.getLogger("org.apache.coyote.http11");

  @Override
  public RunningStack start(Set<Fault> faults) throws Exception {
    TOMCAT_HTTP.setLevel(Level.WARNING);
    Path dir = Files.createTempDirectory("readiness-stack-spring");
    StackCertificates.writeTo(dir);
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = "pw-" + HexFormat.of().formatHex(random);
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.address", "127.0.0.1");
    properties.put("server.port", "0");
    properties.put("server.ssl.certificate", "file:" + dir.resolve(StackCertificates.CERT_FILE));
    properties.put("server.ssl.certificate-private-key", "file:" + dir.resolve(StackCertificates.KEY_FILE));
    properties.put("server.ssl.enabled-protocols", "TLSv1.3,TLSv1.2");
    properties.put("server.ssl.ciphers", CIPHERS);
    properties.put("server.error.include-stacktrace", faults.contains(Fault.DEBUG_TRACES) ? "always" : "never");
    properties.put("server.error.include-message", faults.contains(Fault.DEBUG_TRACES) ? "always" : "never");
    properties.put("spring.servlet.multipart.max-file-size", ProfileYaml.MAX_BYTES + "B");
    properties.put("spring.servlet.multipart.max-request-size", "1MB");
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.jmx.enabled", "false");
    properties.put("stack.password", password);
    properties.put("stack.allowed-origin", ProfileYaml.ALLOWED_ORIGIN);
    properties.put("stack.faults", faults.stream().map(Fault::key).sorted().collect(Collectors.joining(",")));
    // readiness-cli brings slf4j-nop, so Spring Boot must not configure Logback.
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    SpringApplication application = new SpringApplication(SpringStackApplication.class);
    application.setDefaultProperties(properties);
    ConfigurableApplicationContext context = application.run();
    try {
      TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
      int httpsPort = server.getPort();
      int httpPort = Arrays.stream(server.getTomcat().getService().findConnectors())
          .filter(c -> !c.getSecure() && !"https".equals(c.getScheme())).mapToInt(Connector::getLocalPort)
          .findFirst().orElseThrow();
      URI https = URI.create("https://127.0.0.1:" + httpsPort);
      URI http = URI.create("http://127.0.0.1:" + httpPort);
      Path profile = Files.writeString(dir.resolve("readiness.yaml"),
          ProfileYaml.render(https, http, password, ProfileYaml.Load.CLOSED));
      return new RunningStack("spring" + faults, dir, https, http, password, profile, List.of(context::close));
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }
}
