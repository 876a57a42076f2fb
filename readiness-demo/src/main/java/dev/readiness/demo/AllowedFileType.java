package dev.readiness.demo;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The file types the upload endpoint stores, recognised from the content alone: the file name and the declared
 * content type are not trusted. A file must start with its type's magic bytes and be well formed to its end, so
 * data appended after the image or document (a polyglot) is refused: a PNG's chunks must carry valid CRCs up to
 * {@code IEND} and nothing may follow it, a JPEG must end with its EOI marker, a GIF with its trailer, a PDF with
 * {@code %%EOF}. Plain text must be UTF-8 without control characters and must not start like a script or markup.
 */
enum AllowedFileType {

  PNG("image/png"),
  JPEG("image/jpeg"),
  GIF("image/gif"),
  PDF("application/pdf"),
  TEXT("text/plain");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String mediaType;

  AllowedFileType(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  /** @return the allowed type {@code content} is a well-formed file of, empty for any other content */
  static Optional<AllowedFileType> detect(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
  }

  /** @return the allowed type whose media type is {@code declared} (parameters and case ignored), if any */
  static Optional<AllowedFileType> declared(String declared) {
    String base = declared == null ? "" : declared.split(";", 2)[0].trim();
    return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(base)).findFirst();
  }

  private boolean matches(byte[] content) {
    return switch (this) {
      case PNG -> wellFormedPng(content);
      case JPEG -> content.length >= 4 && startsWith(content, 0xFF, 0xD8, 0xFF)
          && (content[content.length - 2] & 0xFF) == 0xFF && (content[content.length - 1] & 0xFF) == 0xD9;
      case GIF -> (startsWith(content, 'G', 'I', 'F', '8', '7', 'a')
          || startsWith(content, 'G', 'I', 'F', '8', '9', 'a')) && content[content.length - 1] == 0x3B;
      case PDF -> startsWith(content, '%', 'P', 'D', 'F', '-') && new String(content, StandardCharsets.ISO_8859_1)
          .stripTrailing().endsWith("%%EOF");
      case TEXT -> safeText(content);
    };
  }

  private static boolean wellFormedPng(byte[] content) {
    if (!startsWith(content, PNG_SIGNATURE)) {
      return false;
    }
    int at = PNG_SIGNATURE.length;
    while (at + 12 <= content.length) {
      long length = readInt(content, at);
      if (length > content.length - at - 12L) {
        return false;
      }
      CRC32 crc = new CRC32();
      crc.update(content, at + 4, 4 + (int) length);
      int end = at + 8 + (int) length;
      if (crc.getValue() != readInt(content, end)) {
        return false;
      }
      boolean iend = content[at + 4] == 'I' && content[at + 5] == 'E' && content[at + 6] == 'N'
          && content[at + 7] == 'D';
      at = end + 4;
      if (iend) {
        return at == content.length;
      }
    }
    return false;
  }

  private static boolean safeText(byte[] content) {
    if (content.length == 0) {
      return false;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    String start = text.stripLeading();
    return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F)
        && !start.startsWith("#!") && !start.startsWith("<");
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static long readInt(byte[] content, int at) {
    return (content[at] & 0xFFL) << 24 | (content[at + 1] & 0xFFL) << 16 | (content[at + 2] & 0xFFL) << 8
        | (content[at + 3] & 0xFFL);
  }
}
