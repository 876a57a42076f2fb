package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import dev.readiness.testing.NginxServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scanner and the two scan checks against Debian's nginx, one configuration per case, cross-checked. */
class TlsScanIT {

  private static final Path SSLSCAN = Path.of("/usr/bin/sslscan");
  private static TestPki pki;

  /** One nginx configuration each. */
  enum NginxCase {
    MODERN("TLSv1.3", "ECDHE+AESGCM", Status.PASS, Status.PASS),
    INTERMEDIATE("TLSv1.2 TLSv1.3", "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
        + "ECDHE-RSA-CHACHA20-POLY1305", Status.PASS, Status.PASS),
    LEGACY("TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", "ALL:@SECLEVEL=0", Status.FAIL, Status.FAIL),
    ANONYMOUS_AND_STATIC_RSA("TLSv1.2", "aNULL:AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0",
        Status.PASS, Status.FAIL);

    final String protocols;
    final String ciphers;
    final Status protocolsStatus;
    final Status ciphersStatus;

    NginxCase(String protocols, String ciphers, Status protocolsStatus, Status ciphersStatus) {
      this.protocols = protocols;
      this.ciphers = ciphers;
      this.protocolsStatus = protocolsStatus;
      this.ciphersStatus = ciphersStatus;
    }
  }

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
  }

  @ParameterizedTest
  @EnumSource(NginxCase.class)
  void scanJudgesEachConfiguration(NginxCase c) {
    try (NginxServer nginx = start(c)) {
      StackProfile profile = profile(nginx);

      CheckResult protocols = Readiness.check(TlsProtocolsCheck.ID, profile);
      CheckResult ciphers = Readiness.check(TlsCiphersCheck.ID, profile);

      assertThat(protocols.status()).as(protocols.message()).isEqualTo(c.protocolsStatus);
      assertThat(ciphers.status()).as(ciphers.message()).isEqualTo(c.ciphersStatus);
      if (c == NginxCase.LEGACY) {
        assertThat(protocols.message()).startsWith("a TLSv1.0 ClientHello got a ServerHello: TLSv1.0 is deprecated "
            + "(RFC 8996) and fails every profile (and 1 more)");
      }
      if (c == NginxCase.ANONYMOUS_AND_STATIC_RSA) {
        assertThat(ciphers.findings()).extracting(f -> f.message()).anySatisfy(m -> assertThat(m).contains(
            "offering TLS_ECDH_anon_WITH_AES_128_CBC_SHA got a ServerHello choosing it (anonymous key exchange): fails every profile"));
        assertThat(ciphers.findings()).extracting(f -> f.message()).anySatisfy(m -> assertThat(m).isEqualTo(
            "a TLSv1.2 ClientHello offering TLS_RSA_WITH_AES_128_GCM_SHA256 got a ServerHello choosing it "
                + "(RSA key exchange; not ECDHE with AES-GCM or ChaCha20): the intermediate profile rejects it"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(NginxCase.class)
  void acceptedProtocolsAndSuitesEqualSslscans(NginxCase c) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(SSLSCAN), "sslscan is not installed (apt-get install sslscan; "
        + ".ci/run does)");
    try (NginxServer nginx = start(c)) {
      TlsScan scan = new TlsScanner("localhost", nginx.port(0), Duration.ofSeconds(3), 8).scan();

      Map<String, Set<String>> ours = new TreeMap<>();
      scan.protocols().forEach(v -> ours.put(v.label(),
          new TreeSet<>(scan.suites(v).stream().map(CipherSuite::opensslName).toList())));
      assertThat(scan.problems()).isEmpty();
      assertThat(ours).isEqualTo(sslscan(nginx.port(0)));
    }
  }

  private static Map<String, Set<String>> sslscan(int port) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(SSLSCAN.toString(), "--xml=-", "--no-colour", "--no-check-certificate",
        "--no-heartbleed", "--no-renegotiation", "--no-compression", "--no-groups", "--no-fallback",
        "localhost:" + port).redirectErrorStream(true).start();
    String xml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Map<String, Set<String>> accepted = new TreeMap<>();
    Matcher m = Pattern.compile("<cipher status=\"[a-z]+\" sslversion=\"([^\"]+)\"[^>]*? cipher=\"([^\"]+)\"")
        .matcher(xml);
    while (m.find()) {
      accepted.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
    }
    assertThat(accepted).as(xml).isNotEmpty();
    return accepted;
  }

  private static NginxServer start(NginxCase c) {
    return NginxServer.start(1, ctx -> {
      Path cert = pki.issue(TestPki.leaf()).write(ctx.directory(), "leaf");
      return """
          server {
            listen 127.0.0.1:%d ssl;
            ssl_certificate %s;
            ssl_certificate_key %s;
            ssl_protocols %s;
            ssl_ciphers '%s';
            location / { return 200 "ok"; }
          }
          """.formatted(ctx.port(0), cert, ctx.directory().resolve("leaf.key"), c.protocols, c.ciphers);
    });
  }

  private static StackProfile profile(NginxServer nginx) {
    return StackProfile.forTarget(Target.builder().url("https://localhost:" + nginx.port(0) + "/")
        .trust(pki.ca()).timeout(Duration.ofSeconds(3)).build());
  }
}
