package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AllowedFileTypeTest {

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("PNG signature", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0), AllowedFileType.PNG),
        Arguments.of("JPEG SOI and marker", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), AllowedFileType.JPEG),
        Arguments.of("PDF header", ascii("%PDF-1.7\n"), AllowedFileType.PDF),
        Arguments.of("Windows PE", bytes('M', 'Z', 0x90, 0, 3, 0), null),
        Arguments.of("ELF", bytes(0x7F, 'E', 'L', 'F', 2, 1), null),
        Arguments.of("shell script", ascii("#!/bin/sh\necho hi\n"), null),
        Arguments.of("HTML", ascii("<!doctype html><script>alert(1)</script>"), null),
        Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"), null),
        Arguments.of("EICAR", ascii("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"), null),
        Arguments.of("PNG signature cut short", bytes(0x89, 'P', 'N', 'G'), null),
        Arguments.of("PNG signature not at the start", bytes(0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), null),
        Arguments.of("empty file", new byte[0], null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void detectsOnlyTheAllowedTypesByTheirLeadingMagicBytes(String sample, byte[] content, AllowedFileType expected) {
    assertThat(AllowedFileType.detect(content)).isEqualTo(Optional.ofNullable(expected));
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(US_ASCII);
  }
}
