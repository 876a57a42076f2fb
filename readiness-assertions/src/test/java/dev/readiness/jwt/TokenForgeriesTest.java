package dev.readiness.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenForgeriesTest {

  private static final String CLAIMS = "{\"sub\":\"alice\",\"exp\":1700000600}";

  @Test
  void forgesElevenVariantsOfAnHs256TokenEachDifferentFromTheOriginal() {
    String original = Tokens.hs256(CLAIMS, "k");
    List<TokenForgeries.Forgery> forgeries = TokenForgeries.of(JwtToken.parse(original).orElseThrow());

    assertThat(forgeries).extracting(TokenForgeries.Forgery::name).containsExactly(
        "a claim added under the original signature",
        "alg: none with a trailing dot", "alg: none without a trailing dot",
        "alg: None with a trailing dot", "alg: None without a trailing dot",
        "alg: NONE with a trailing dot", "alg: NONE without a trailing dot",
        "alg: nOnE with a trailing dot", "alg: nOnE without a trailing dot",
        "the signature stripped", "the signature stripped, without the dot");
    assertThat(forgeries).extracting(TokenForgeries.Forgery::token).doesNotContain(original).doesNotHaveDuplicates();
    String signature = original.substring(original.lastIndexOf('.') + 1);
    assertThat(forgeries.get(0).token()).endsWith("." + signature);
    assertThat(JwtToken.parse(forgeries.get(0).token()).orElseThrow().claims())
        .containsEntry("sub", "alice").containsEntry("readiness", "tampered");
    assertThat(JwtToken.parse(forgeries.get(7).token()).orElseThrow().algorithm()).contains("nOnE");
    assertThat(forgeries.get(8).token()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void addsAnAllZeroSignatureForEs256() {
    JwtToken es256 = Tokens.parsed("{\"alg\":\"ES256\"}", CLAIMS);

    List<TokenForgeries.Forgery> forgeries = TokenForgeries.of(es256);

    assertThat(forgeries).hasSize(12).last().satisfies(f -> {
      assertThat(f.name()).isEqualTo("an all-zero ES256 signature (CVE-2022-21449)");
      assertThat(f.token()).endsWith("." + "A".repeat(86));
      assertThat(f.fix()).isEqualTo(TokenForgeries.ECDSA_RANGE_FIX).contains("CVE-2022-21449");
    });
    assertThat(forgeries.subList(0, 11)).extracting(TokenForgeries.Forgery::fix)
        .containsOnly(TokenForgeries.VERIFY_FIX);
  }
}
