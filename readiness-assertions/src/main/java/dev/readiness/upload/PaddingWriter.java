package dev.readiness.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Writes the padding that makes a {@link SampleFormat} file exactly as large as asked, in the format's own ignorable
 * structures, a chunk at a time.
 */
final class PaddingWriter {

  private static final int CHUNK = 8192;
  private static final byte[] PNG_TEXT_HEAD = "tEXtComment\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int JPEG_SEGMENT_MAX = 65535 + 2;
  private static final byte[] PDF_HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

  private PaddingWriter() {}

  /** Writes one PNG {@code tEXt} chunk ({@code Comment}, spaces) of {@code length} bytes in all, CRC included. */
  static void pngTextChunk(OutputStream out, long length) throws IOException {
    long text = length - 12 - 8;
    writeInt(out, text + 8);
    CRC32 crc = new CRC32();
    out.write(PNG_TEXT_HEAD);
    crc.update(PNG_TEXT_HEAD);
    byte[] spaces = filled(' ');
    for (long left = text; left > 0; left -= CHUNK) {
      int n = (int) Math.min(CHUNK, left);
      out.write(spaces, 0, n);
      crc.update(spaces, 0, n);
    }
    writeInt(out, crc.getValue());
  }

  /** Writes JPEG {@code COM} segments of {@code length} bytes in all (at least 4). */
  static void jpegComments(OutputStream out, long length) throws IOException {
    byte[] spaces = filled(' ');
    long left = length;
    while (left > 0) {
      long segment = Math.min(left, JPEG_SEGMENT_MAX);
      if (left - segment > 0 && left - segment < 4) {
        segment = left - 4;
      }
      out.write(0xFF);
      out.write(0xFE);
      int data = (int) segment - 4;
      out.write((data + 2) >> 8);
      out.write((data + 2) & 0xFF);
      repeat(out, spaces, data);
      left -= segment;
    }
  }

  /** Writes one GIF comment extension of {@code length} bytes in all (at least 5). */
  static void gifComment(OutputStream out, long length) throws IOException {
    out.write(0x21);
    out.write(0xFE);
    byte[] spaces = filled(' ');
    long left = length - 3;
    while (left > 0) {
      long block = Math.min(left, 256);
      if (left - block == 1) {
        block = 255;
      }
      out.write((int) block - 1);
      out.write(spaces, 0, (int) block - 1);
      left -= block;
    }
    out.write(0);
  }

  /**
   * Writes a one-page PDF {@code padding} bytes longer than the PDF without padding: a comment after the header
   * (its cross-reference offsets stay exact) and, when a longer offset leaves a byte or two over, blank lines after
   * {@code %%EOF}.
   */
  static void pdf(OutputStream out, long padding) throws IOException {
    long target = PDF_HEADER.length + pdfBody(PDF_HEADER.length).length + padding;
    long comment = padding;
    while (comment > 0 && PDF_HEADER.length + comment + pdfBody(PDF_HEADER.length + comment).length > target) {
      comment--;
    }
    out.write(PDF_HEADER);
    if (comment > 0) {
      out.write('%');
      repeat(out, filled(' '), comment - 2);
      out.write('\n');
    }
    byte[] body = pdfBody(PDF_HEADER.length + comment);
    out.write(body);
    repeat(out, new byte[] {'\n'}, target - PDF_HEADER.length - comment - body.length);
  }

  /** Writes {@code length} bytes of {@code pattern} repeated. */
  static void repeat(OutputStream out, byte[] pattern, long length) throws IOException {
    for (long left = length; left > 0; left -= pattern.length) {
      out.write(pattern, 0, (int) Math.min(pattern.length, left));
    }
  }

  private static byte[] pdfBody(long start) {
    String[] objects = {
        "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>\nendobj\n"};
    StringBuilder body = new StringBuilder();
    StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
    long offset = start;
    for (String object : objects) {
      xref.append(String.format("%010d 00000 n \n", offset));
      body.append(object);
      offset += object.length();
    }
    body.append(xref).append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(offset).append("\n%%EOF\n");
    return body.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void writeInt(OutputStream out, long value) throws IOException {
    out.write((int) (value >>> 24) & 0xFF);
    out.write((int) (value >>> 16) & 0xFF);
    out.write((int) (value >>> 8) & 0xFF);
    out.write((int) value & 0xFF);
  }

  private static byte[] filled(char c) {
    byte[] bytes = new byte[CHUNK];
    Arrays.fill(bytes, (byte) c);
    return bytes;
  }
}
