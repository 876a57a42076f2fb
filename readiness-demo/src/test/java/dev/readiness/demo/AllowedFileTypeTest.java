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
        Arguments.of("PNG", SampleFiles.png(), AllowedFileType.PNG),
        Arguments.of("PNG padded by a text chunk", SampleFiles.png(4096), AllowedFileType.PNG),
        Arguments.of("JPEG", SampleFiles.jpeg(), AllowedFileType.JPEG),
        Arguments.of("GIF", SampleFiles.gif(), AllowedFileType.GIF),
        Arguments.of("PDF", SampleFiles.PDF, AllowedFileType.PDF),
        Arguments.of("plain text", SampleFiles.TEXT, AllowedFileType.TEXT),
        Arguments.of("the EICAR test file is plain text (the scanner judges it)", SampleFiles.eicar(),
            AllowedFileType.TEXT),
        Arguments.of("PNG signature alone", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0), null),
        Arguments.of("PNG followed by HTML (polyglot)", concat(SampleFiles.png(), ascii("<html><script>")), null),
        Arguments.of("PNG with a corrupted chunk", corrupt(SampleFiles.png(), 20), null),
        Arguments.of("JPEG followed by HTML (polyglot)", concat(SampleFiles.jpeg(), ascii("<html><script>")), null),
        Arguments.of("JPEG SOI without EOI", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), null),
        Arguments.of("PDF header and binary marker without %%EOF",
            concat(ascii("%PDF-1.7\n%"), bytes(0xE2, 0xE3, 0xCF, 0xD3, '\n')), null),
        Arguments.of("text with a NUL byte", bytes('a', 0, 'b'), null),
        Arguments.of("text that is not UTF-8", bytes('a', 0xC3, 0x28), null),
        Arguments.of("Windows PE", bytes('M', 'Z', 0x90, 0, 3, 0), null),
        Arguments.of("ELF", bytes(0x7F, 'E', 'L', 'F', 2, 1), null),
        Arguments.of("shell script", ascii("#!/bin/sh\necho hi\n"), null),
        Arguments.of("HTML", ascii("<!doctype html><script>alert(1)</script>"), null),
        Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"), null),
        Arguments.of("PNG signature cut short", bytes(0x89, 'P', 'N', 'G'), null),
        Arguments.of("PNG signature not at the start", bytes(0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), null),
        Arguments.of("empty file", new byte[0], null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void detectsOnlyWellFormedFilesOfTheAllowedTypesByTheirContent(String sample, byte[] content,
      AllowedFileType expected) {
    assertThat(AllowedFileType.detect(content)).isEqualTo(Optional.ofNullable(expected));
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static byte[] corrupt(byte[] content, int at) {
    byte[] copy = content.clone();
    copy[at] ^= 0x01;
    return copy;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(US_ASCII);
  }
}
