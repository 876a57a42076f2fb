package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import dev.readiness.testing.NginxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The five certificate checks against nginx serving one test-PKI certificate each: one fault fails one check. */
class CertificateChecksIT {

  private static final Instant NOW = Instant.now();
  private static TestPki pki;

  /** One certificate each, the check it must fail (null: none) and a fragment of that check's message. */
  enum CertificateCase {
    GOOD_RSA(spec -> spec, null, null),
    GOOD_EC(spec -> spec.withKey("EC", 256), null, null),
    EXPIRED(spec -> spec.validFor(days(-100), days(-10)), CertificateValidityCheck.ID, "expired at"),
    NOT_YET_VALID(spec -> spec.validFor(days(10), days(100)), CertificateValidityCheck.ID, "is not valid before"),
    EXPIRING_IN_5_DAYS(spec -> spec.validFor(days(-85), days(5).plus(Duration.ofHours(2))),
        CertificateValidityCheck.ID, "5 days from now, less than min(30 days, a third of its 90-day lifetime) = "
        + "30 days"),
    WRONG_HOST(spec -> spec.withNames("example.org", "*.localhost.example"), CertificateHostnameCheck.ID,
        "names only [example.org, *.localhost.example], none of which matches 'localhost'"),
    RSA_1024(spec -> spec.withKey("RSA", 1024), CertificateKeyCheck.ID, "has a RSA 1024-bit key, under the 2048 "
        + "bits RSA needs"),
    SHA1_SIGNED(spec -> spec.withSignature("SHA1withRSA"), CertificateSignatureCheck.ID,
        "is signed with SHA1withRSA"),
    SELF_SIGNED(spec -> spec.asSelfSigned(), CertificateTrustCheck.ID,
        "does not build to a trusted root: the leaf is self-signed and is not a trust anchor");

    final UnaryOperator<TestPki.Spec> spec;
    final String failing;
    final String message;

    CertificateCase(UnaryOperator<TestPki.Spec> spec, String failing, String message) {
      this.spec = spec;
      this.failing = failing;
      this.message = message;
    }
  }

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
  }

  @ParameterizedTest
  @EnumSource(CertificateCase.class)
  void eachCertificateFaultFailsExactlyItsCheck(CertificateCase c) {
    try (NginxServer nginx = NginxServer.start(1, ctx -> {
      Path cert = pki.issue(c.spec.apply(TestPki.leaf())).write(ctx.directory(), "leaf");
      return """
          server {
            listen 127.0.0.1:%d ssl;
            ssl_certificate %s;
            ssl_certificate_key %s;
            ssl_protocols TLSv1.2 TLSv1.3;
            ssl_ciphers 'ECDHE+AESGCM:@SECLEVEL=0';
            location / { return 200 "ok"; }
          }
          """.formatted(ctx.port(0), cert, ctx.directory().resolve("leaf.key"));
    })) {
      StackProfile profile = StackProfile.forTarget(Target.builder().url("https://localhost:" + nginx.port(0) + "/")
          .trust(pki.ca()).timeout(Duration.ofSeconds(3)).build());
      List<Check> checks = CheckCatalog.all().stream().filter(k -> k instanceof CertificateCheck).toList();

      Map<String, CheckResult> results;
      try (TargetSession session = TargetSession.open(profile)) {
        results = CheckRunner.runAll(checks, session).stream().collect(Collectors.toMap(CheckResult::id, r -> r));
      }

      assertThat(results).hasSize(5);
      results.forEach((id, r) -> {
        assertThat(r.status()).as(id + ": " + r.message()).isEqualTo(id.equals(c.failing) ? Status.FAIL : Status.PASS);
        assertThat(r.evidence().get(0).detail()).contains("subject CN=");
      });
      if (c.failing != null) {
        assertThat(results.get(c.failing).message()).contains(c.message);
      }
    }
  }

  private static Instant days(long days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
