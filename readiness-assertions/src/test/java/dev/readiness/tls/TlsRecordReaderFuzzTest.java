package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the record and handshake parser. Without {@code JAZZER_FUZZ=1} it runs in regression mode over
 * the seed inputs in {@code TlsRecordReaderFuzzTestInputs}, which CI does quickly; with it, Jazzer mutates freely.
 * Only {@link TlsParseException} may escape the parser.
 */
class TlsRecordReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void parsesOnlyOrThrowsTheDocumentedError(byte[] input) {
    try {
      assertThat(TlsRecordReader.parse(input)).isNotNull();
    } catch (TlsParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
