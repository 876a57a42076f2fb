package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Valid files of the allowed types, and the EICAR test file, built in code for the upload tests. */
final class SampleFiles {

  /** The EICAR test file, each byte XOR 0x55, so no scanner flags the sources or class files. */
  private static final int[] EICAR_MASKED = {
      13, 96, 26, 116, 5, 112, 21, 20, 5, 14, 97, 9, 5, 15, 13, 96, 97, 125,
      5, 11, 124, 98, 22, 22, 124, 98, 40, 113, 16, 28, 22, 20, 7, 120, 6, 1,
      20, 27, 17, 20, 7, 17, 120, 20, 27, 1, 28, 3, 28, 7, 0, 6, 120, 1,
      16, 6, 1, 120, 19, 28, 25, 16, 116, 113, 29, 126, 29, 127};

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(US_ASCII);
  static final byte[] TEXT = "minutes of the meeting\n".getBytes(US_ASCII);

  private SampleFiles() {}

  static byte[] png() {
    return image("png", BufferedImage.TYPE_INT_RGB);
  }

  static byte[] jpeg() {
    return image("jpeg", BufferedImage.TYPE_INT_RGB);
  }

  static byte[] gif() {
    return image("gif", BufferedImage.TYPE_BYTE_INDEXED);
  }

  /** @return a valid PNG of exactly {@code length} bytes: a {@code tEXt} chunk after IHDR makes up the size */
  static byte[] png(int length) {
    byte[] png = png();
    int text = length - png.length - 12;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, 33);
    byte[] chunk = new byte[4 + text];
    chunk[0] = 't';
    chunk[1] = 'E';
    chunk[2] = 'X';
    chunk[3] = 't';
    java.util.Arrays.fill(chunk, 4, chunk.length, (byte) ' ');
    CRC32 crc = new CRC32();
    crc.update(chunk);
    writeInt(out, text);
    out.writeBytes(chunk);
    writeInt(out, crc.getValue());
    out.write(png, 33, png.length - 33);
    return out.toByteArray();
  }

  /** @return the 68 bytes of the EICAR anti-virus test file, assembled at run time */
  static byte[] eicar() {
    byte[] bytes = new byte[EICAR_MASKED.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (EICAR_MASKED[i] ^ 0x55);
    }
    return bytes;
  }

  private static void writeInt(ByteArrayOutputStream out, long value) {
    out.write((int) (value >>> 24));
    out.write((int) (value >>> 16));
    out.write((int) (value >>> 8));
    out.write((int) value);
  }

  private static byte[] image(String format, int type) {
    BufferedImage image = new BufferedImage(1, 1, type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
