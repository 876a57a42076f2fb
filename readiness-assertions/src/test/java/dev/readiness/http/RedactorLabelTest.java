package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets registered with a label are masked with it, so several of them can be told apart; never shown. */
class RedactorLabelTest {

  private static final String FORGED = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";

  @Test
  void aLabelledSecretIsMaskedWithItsLabelInHeadersAndText() {
    Redactor redactor = Redactor.create();
    redactor.register(FORGED, "forged: alg none");

    assertThat(redactor.header("Authorization", "Bearer " + FORGED)).isEqualTo("Bearer <redacted: forged: alg none>");
    assertThat(redactor.text("sent " + FORGED + " twice: " + FORGED))
        .isEqualTo("sent <redacted: forged: alg none> twice: <redacted: forged: alg none>");
    assertThat(redactor.header("Authorization", "Bearer eyJother.eyJx.y")).isEqualTo("Bearer <redacted>");
  }
}
