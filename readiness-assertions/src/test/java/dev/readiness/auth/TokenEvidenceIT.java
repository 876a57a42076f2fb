package dev.readiness.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckRunner;
import dev.readiness.check.Evidence;
import dev.readiness.check.Status;
import dev.readiness.check.TargetSession;
import dev.readiness.demo.DemoStack;
import dev.readiness.demo.Misconfiguration;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token checks' tables: the decoded claims behind jwt.lifetime and the status each forged token got. */
class TokenEvidenceIT {

  private static CheckResult run(DemoStack stack, String id) throws IOException {
    StackProfile profile = StackProfile.load(stack.writeProfile(Files.createTempDirectory("readiness-token-it")));
    try (TargetSession session = TargetSession.open(profile)) {
      return CheckRunner.run(CheckCatalog.require(id), session);
    }
  }

  private static Evidence table(CheckResult result) {
    return result.evidence().stream().filter(Evidence::isTable).findFirst().orElseThrow();
  }

  @Test
  void aTooLongLifetimeFailsWithTheDecodedClaimsAsEvidence() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.JWT_LONG_LIFETIME))) {
      CheckResult lifetime = run(stack, "jwt.lifetime");

      assertThat(lifetime.status()).as(lifetime.message()).isEqualTo(Status.FAIL);
      Evidence claims = table(lifetime);
      assertThat(claims.title()).isEqualTo("decoded access token claims");
      assertThat(claims.table().get(0)).containsExactly("claim", "value", "read as");
      assertThat(claims.table()).extracting(row -> row.get(0)).containsExactly("claim", "iat", "exp",
          "login response Date", "lifetime", "maximum (jwt.maxLifetime)");
      assertThat(claims.table().get(1).get(1)).matches("\\d{10}");
      assertThat(claims.table().get(1).get(2)).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(claims.table().get(4).get(2)).isEqualTo("exp - iat");
      assertThat(lifetime.message()).contains(claims.table().get(4).get(1));
      assertThat(claims.detail()).doesNotContain("eyJ");
    }
  }

  @Test
  void everyForgedTokenIsLabelledByItsVariantWithTheStatusItGot() throws IOException {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.JWT_SIGNATURE_NOT_VERIFIED))) {
      CheckResult forged = run(stack, "jwt.signature-enforced");

      assertThat(forged.status()).as(forged.message()).isEqualTo(Status.FAIL);
      List<List<String>> rows = table(forged).table();
      assertThat(rows.get(0)).containsExactly("token", "status", "verdict");
      assertThat(rows.get(1)).containsExactly("the real token (control)", "200", "control: accepted, as it must be");
      assertThat(rows).hasSize(2 + 11 + 1);
      assertThat(rows.subList(3, rows.size())).extracting(row -> row.get(0)).doesNotHaveDuplicates()
          .contains("a claim added under the original signature");
      assertThat(rows.subList(3, rows.size())).anySatisfy(row -> assertThat(row.get(2))
          .isEqualTo("accepted: the signature is not verified"));
      List<String> authorizations = forged.evidence().stream().filter(e -> !e.isTable())
          .flatMap(e -> e.detail().lines()).filter(l -> l.startsWith("> Authorization: Bearer <redacted: forged: "))
          .toList();
      assertThat(authorizations).hasSize(11).doesNotHaveDuplicates();
      assertThat(forged.evidence().toString()).doesNotContain("eyJ");
    }
  }
}
