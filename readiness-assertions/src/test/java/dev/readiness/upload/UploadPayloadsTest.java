package dev.readiness.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UploadPayloadsTest {

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void paddedFilesHaveExactlyTheAskedLengthAtEverySizeNearFormatBoundaries(SampleFormat format) throws IOException {
    long min = format.minimumPaddedLength();
    for (long length : new long[] {min, min + 1, min + 2, min + 3, min + 255, min + 256, min + 257, 9999, 10_000,
        65_541 + min, 65_542 + min, 65_543 + min, 1024 * 1024 + 1}) {
      UploadFile file = format.padded("f", length);
      byte[] bytes = write(file);

      assertThat(bytes).as(format + " at " + length).hasSize((int) length);
      assertThat(file.length()).isEqualTo(length);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleFormat.class, names = {"PNG", "TEXT"})
  void paddedFilesLargerThanAnyArrayAreStreamedInChunks(SampleFormat format) throws IOException {
    long length = Integer.MAX_VALUE + 1024L;
    long[] written = new long[2];
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        written[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        written[0] += len;
        written[1] = Math.max(written[1], len);
      }
    };

    format.padded("huge", length).content().writeTo(counter);

    assertThat(written[0]).isEqualTo(length);
    assertThat(written[1]).as("largest single write").isLessThanOrEqualTo(64 * 1024);
  }

  @ParameterizedTest
  @EnumSource(value = SampleFormat.class, names = {"PNG", "JPEG", "GIF"})
  void imagesStayDecodableWhenPadded(SampleFormat format) throws IOException {
    for (byte[] bytes : List.of(format.sample(), write(format.padded("f", 200_000)))) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));

      assertThat(image).as(format.name()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(1);
    }
  }

  @Test
  void paddedPdfKeepsItsCrossReferenceOffsetsExact() throws IOException {
    for (long length : new long[] {SampleFormat.PDF.minimumPaddedLength(), 9_999, 10_000, 1024 * 1024 + 1}) {
      String pdf = new String(write(SampleFormat.PDF.padded("f", length)), StandardCharsets.ISO_8859_1);
      int startxref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10).lines().findFirst()
          .orElseThrow());

      assertThat(pdf).startsWith("%PDF-1.4\n");
      assertThat(pdf.stripTrailing()).endsWith("%%EOF");
      assertThat(pdf.substring(startxref)).startsWith("xref\n");
      assertThat(pdf.substring(Integer.parseInt(pdf.substring(startxref + 29, startxref + 39)))).startsWith("1 0 obj");
    }
  }

  @Test
  void paddingBelowTheMinimumIsRefusedNamingTheSizes() {
    assertThatThrownBy(() -> SampleFormat.TEXT.padded("f", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a valid plain-text file padded to a size needs at least "
            + SampleFormat.TEXT.minimumPaddedLength() + " bytes, not 10");
  }

  @Test
  void knowsTheAllowedTypesByMediaTypeIgnoringCaseParametersAndJpgAliases() {
    assertThat(SampleFormat.of("IMAGE/PNG")).contains(SampleFormat.PNG);
    assertThat(SampleFormat.of("image/jpg")).contains(SampleFormat.JPEG);
    assertThat(SampleFormat.of("text/plain; charset=utf-8")).contains(SampleFormat.TEXT);
    assertThat(SampleFormat.of("application/zip")).isEmpty();
  }

  @Test
  void theTypeFilesAreWhatTheyClaimToBe() throws IOException {
    List<UploadFile> files = UploadPayloads.disallowedTypes();

    assertThat(files).extracting(UploadFile::fileName)
        .containsExactly("setup.exe", "install", "install.sh", "page.html", "image.svg");
    assertThat(write(files.get(0))).startsWith('M', 'Z');
    assertThat(write(files.get(1))).startsWith(0x7F, 'E', 'L', 'F');
    assertThat(new String(write(files.get(2)), StandardCharsets.US_ASCII)).startsWith("#!/bin/sh\n");
    assertThat(new String(write(files.get(4)), StandardCharsets.US_ASCII)).startsWith("<svg").contains("<script>");
  }

  @Test
  void disguisesPeAsEveryAllowedFormatAndAddsADoubleExtension() {
    List<UploadFile> files = UploadPayloads.disguised(List.of(SampleFormat.TEXT, SampleFormat.PNG, SampleFormat.PDF));

    assertThat(files).extracting(UploadFile::fileName, UploadFile::mediaType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("document.txt", "text/plain"),
        org.assertj.core.groups.Tuple.tuple("photo.png", "image/png"),
        org.assertj.core.groups.Tuple.tuple("document.pdf", "application/pdf"),
        org.assertj.core.groups.Tuple.tuple("document.txt.exe", "text/plain"));
    assertThat(files).allSatisfy(f -> assertThat(f.description()).startsWith("a Windows PE executable"));
  }

  @Test
  void thePolyglotIsAValidImageOfTheFirstBinaryFormatFollowedByHtml() throws IOException {
    UploadFile file = UploadPayloads.polyglot(List.of(SampleFormat.TEXT, SampleFormat.PNG, SampleFormat.PDF))
        .orElseThrow();

    assertThat(file.fileName()).isEqualTo("polyglot.png");
    assertThat(file.mediaType()).isEqualTo("image/png");
    byte[] polyglot = write(file);
    assertThat(ImageIO.read(new ByteArrayInputStream(polyglot))).as("still a PNG").isNotNull();
    assertThat(new String(polyglot, StandardCharsets.ISO_8859_1)).endsWith("<script>alert(document.domain)</script>"
        + "</body></html>\n");
    assertThat(UploadPayloads.polyglot(List.of(SampleFormat.TEXT))).as("no binary format to start with").isEmpty();
  }

  @Test
  void sendsTheEicarFileAsPlainTextWhenAllowedElseAsTheFirstAllowedType() throws Exception {
    UploadFile text = UploadPayloads.malware(List.of(SampleFormat.PNG, SampleFormat.TEXT));
    UploadFile png = UploadPayloads.malware(List.of(SampleFormat.PNG));

    assertThat(text.fileName()).isEqualTo("eicar.txt");
    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(png.fileName()).isEqualTo("eicar.png");
    byte[] eicar = write(text);
    assertThat(eicar).hasSize(68);
    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(eicar)))
        .isEqualTo(Eicar.SHA_256);
  }

  private static byte[] write(UploadFile file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    file.content().writeTo(out);
    return out.toByteArray();
  }
}
