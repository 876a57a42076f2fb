package dev.readiness.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a profile's text, refusing anything over {@value #MAX_BYTES} bytes or not UTF-8. */
final class ProfileText {

  /** The largest profile accepted: 1 MiB. */
  static final int MAX_BYTES = 1024 * 1024;

  private ProfileText() {}

  /**
   * @param file the profile file
   * @return its text
   * @throws ProfileException when the file cannot be read, is too large or is not UTF-8
   */
  static String read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ProfileException(Optional.of(file), "", 0, "no such file: " + file, e);
    } catch (IOException e) {
      throw new ProfileException(Optional.of(file), "", 0, "cannot read " + file + ": " + e, e);
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(Optional.of(file));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProfileException(Optional.of(file), "", 0, "the file is not valid UTF-8", e);
    }
  }

  /**
   * @param text profile text
   * @param file where it came from, if anywhere
   * @throws ProfileException when the text is over {@value #MAX_BYTES} bytes in UTF-8
   */
  static void checkSize(String text, Optional<Path> file) {
    if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw tooLarge(file);
    }
  }

  private static ProfileException tooLarge(Optional<Path> file) {
    return new ProfileException(file, "", 0,
        "the profile is larger than " + MAX_BYTES + " bytes (1 MiB); refusing to read it");
  }
}
