package dev.readiness.demo;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the upload endpoint stores, recognised by their leading magic bytes alone: the file name and
 * the declared content type are not trusted.
 */
enum AllowedFileType {

  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final byte[] magic;

  AllowedFileType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  String mediaType() {
    return mediaType;
  }

  /** @return the allowed type whose magic bytes {@code content} starts with, empty for any other content */
  static Optional<AllowedFileType> detect(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.startsWithMagic(content)).findFirst();
  }

  private boolean startsWithMagic(byte[] content) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
