package dev.readiness.upload;

import java.nio.charset.StandardCharsets;

/**
 * The EICAR anti-virus test file (eicar.org), the 68 bytes every scanner reports as a test virus. It is assembled
 * at run time from a shifted, reversed form, so neither the sources, the class files nor the jar contain it and no
 * scanner in a user's CI flags this library.
 */
final class Eicar {

  /** The EICAR string, each character shifted up by one and the whole reversed. */
  private static final String ENCODED = "+I,I%\"FMJG.UTFU.TVSJWJUOB.ESBEOBUT.SBDJF%~8*DD8*_Q)56Y[Q]5\\QBA&Q\"P6Y";

  /** The SHA-256 of the EICAR file, as eicar.org publishes it. */
  static final String SHA_256 = "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";

  private Eicar() {}

  /** @return the 68 bytes of the EICAR test file, a fresh array */
  static byte[] bytes() {
    byte[] bytes = new byte[ENCODED.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (ENCODED.charAt(ENCODED.length() - 1 - i) - 1);
    }
    return bytes;
  }

  /** @return the EICAR test file as text, for the tests that make sure nothing ships it */
  static String text() {
    return new String(bytes(), StandardCharsets.US_ASCII);
  }
}
