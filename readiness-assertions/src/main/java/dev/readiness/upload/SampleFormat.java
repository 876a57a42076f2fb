package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apiguardian.api.API;

/**
 * The allowed file types the upload checks can build a valid file of, in code: a 1x1 image or a one-page PDF, and a
 * line of text. Each can also be padded to an exact size with content its format ignores (a PNG {@code tEXt} chunk,
 * JPEG {@code COM} segments, a GIF comment, a PDF comment, more text), streamed so a large file is never held in
 * memory.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SampleFormat {

  /** {@code image/png}. */
  PNG("image/png", "png", "PNG image"),
  /** {@code image/jpeg}. */
  JPEG("image/jpeg", "jpg", "JPEG image"),
  /** {@code image/gif}. */
  GIF("image/gif", "gif", "GIF image"),
  /** {@code application/pdf}. */
  PDF("application/pdf", "pdf", "PDF document"),
  /** {@code text/plain}. */
  TEXT("text/plain", "txt", "plain-text file");

  private static final byte[] TEXT_SAMPLE =
      "Readiness upload check: a legitimate plain-text file.\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PADDING_LINE =
      "Readiness padding: a legitimate file made as large as the upload limit.\n".getBytes(StandardCharsets.US_ASCII);

  private final String mediaType;
  private final String extension;
  private final String title;

  SampleFormat(String mediaType, String extension, String title) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.title = title;
  }

  /** @return the media type, for example {@code image/png} */
  public String mediaType() {
    return mediaType;
  }

  /** @return the usual file extension without the dot, for example {@code png} */
  public String extension() {
    return extension;
  }

  /** @return {@code a valid PNG image}, for messages */
  public String description() {
    return "a valid " + title;
  }

  /**
   * @param mediaType a media type from {@code upload.allowedTypes}, parameters and case ignored
   * @return the format, empty when the checks cannot build a file of that type
   */
  public static Optional<SampleFormat> of(String mediaType) {
    String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    String canonical = base.equals("image/jpg") || base.equals("image/pjpeg") ? "image/jpeg" : base;
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(canonical)).findFirst();
  }

  /** @return the bytes of the smallest valid file of this format */
  public byte[] sample() {
    return switch (this) {
      case PNG -> image("png", BufferedImage.TYPE_INT_RGB);
      case JPEG -> image("jpeg", BufferedImage.TYPE_INT_RGB);
      case GIF -> image("gif", BufferedImage.TYPE_BYTE_INDEXED);
      case PDF -> pdf(0);
      case TEXT -> TEXT_SAMPLE.clone();
    };
  }

  /** @return the smallest size {@link #padded} can build: the sample plus the least padding the format allows */
  public long minimumPaddedLength() {
    return sample().length + 32L;
  }

  /**
   * @param fileName the name to send
   * @param length the exact size in bytes, at least {@link #minimumPaddedLength()}
   * @return a valid file of this format of exactly {@code length} bytes, written in chunks as it is sent
   * @throws IllegalArgumentException when {@code length} is below the minimum
   */
  public UploadFile padded(String fileName, long length) {
    if (length < minimumPaddedLength()) {
      throw new IllegalArgumentException("a valid " + title + " padded to a size needs at least "
          + minimumPaddedLength() + " bytes, not " + length);
    }
    byte[] sample = sample();
    long padding = length - sample.length;
    String description = "a valid " + title + " padded with content its format ignores";
    return new UploadFile(fileName, mediaType, description, length, out -> writePadded(out, sample, padding));
  }

  private void writePadded(OutputStream out, byte[] sample, long padding) throws IOException {
    switch (this) {
      case PNG -> {
        out.write(sample, 0, 33);
        PaddingWriter.pngTextChunk(out, padding);
        out.write(sample, 33, sample.length - 33);
      }
      case JPEG -> {
        int afterHeader = jpegHeaderEnd(sample);
        out.write(sample, 0, afterHeader);
        PaddingWriter.jpegComments(out, padding);
        out.write(sample, afterHeader, sample.length - afterHeader);
      }
      case GIF -> {
        out.write(sample, 0, sample.length - 1);
        PaddingWriter.gifComment(out, padding);
        out.write(sample, sample.length - 1, 1);
      }
      case PDF -> PaddingWriter.pdf(out, padding);
      case TEXT -> {
        out.write(sample);
        PaddingWriter.repeat(out, PADDING_LINE, padding);
      }
    }
  }

  /** @return where the JFIF APP0 segment after the SOI marker ends (JFIF requires APP0 right after SOI) */
  private static int jpegHeaderEnd(byte[] jpeg) {
    boolean app0 = (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0;
    return app0 ? 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF)) : 2;
  }

  private static byte[] image(String format, int type) {
    BufferedImage image = new BufferedImage(1, 1, type);
    image.setRGB(0, 0, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("this JDK has no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** @return a one-page PDF whose header is followed by a comment of {@code padding} bytes (none when 0) */
  static byte[] pdf(long padding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PaddingWriter.pdf(out, padding);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
