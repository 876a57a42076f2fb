package dev.readiness.demo;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA verification on P-256 with SHA-256, written out as the textbook (SEC 1 section 4.1.4) does, minus its first
 * step: it never checks that {@code 1 <= r, s < n}. That is the flaw of the JDKs hit by CVE-2022-21449 (Java 15 to
 * 17.0.2 and 18.0.0, "psychic signatures"). With {@code r = s = 0} the inverse of {@code s}, computed by Fermat's
 * little theorem, is 0, both scalars are 0, the sum of points is the point at infinity, whose x is read as 0, and 0
 * equals {@code r}: the all-zero signature verifies any message under any key. A real signature still verifies, so
 * the stack accepts its own tokens. The elliptic-curve arithmetic is Bouncy Castle's.
 */
final class RangeUncheckedEcdsa {

  private static final ECNamedCurveParameterSpec P256 = ECNamedCurveTable.getParameterSpec("secp256r1");
  private static final int SCALAR_BYTES = 32;

  private RangeUncheckedEcdsa() {}

  /**
   * @param key the signer's public key, on P-256
   * @param message the signed bytes
   * @param signature the JOSE signature: {@code r} then {@code s}, 32 bytes each, big-endian
   * @return whether the signature verifies, by the flawed rule above
   */
  static boolean verify(ECPublicKey key, byte[] message, byte[] signature) {
    if (signature.length != 2 * SCALAR_BYTES) {
      return false;
    }
    BigInteger n = P256.getN();
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, SCALAR_BYTES));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, SCALAR_BYTES, 2 * SCALAR_BYTES));
    BigInteger e = new BigInteger(1, sha256(message));
    BigInteger w = s.modPow(n.subtract(BigInteger.TWO), n);
    BigInteger u1 = e.multiply(w).mod(n);
    BigInteger u2 = r.multiply(w).mod(n);
    ECPoint q = P256.getCurve().createPoint(key.getW().getAffineX(), key.getW().getAffineY());
    ECPoint sum = P256.getG().multiply(u1).add(q.multiply(u2)).normalize();
    BigInteger x = sum.isInfinity() ? BigInteger.ZERO : sum.getAffineXCoord().toBigInteger();
    return x.mod(n).equals(r);
  }

  private static byte[] sha256(byte[] message) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
