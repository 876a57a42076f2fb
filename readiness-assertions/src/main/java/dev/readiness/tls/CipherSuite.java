package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One entry of the IANA TLS cipher suite registry with the attributes the policies judge.
 *
 * @param code the two-byte code, for example {@code 0xC02F}
 * @param name the IANA name, for example {@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}
 * @param opensslName the OpenSSL name, for example {@code ECDHE-RSA-AES128-GCM-SHA256}
 * @param tls13 true for the TLS 1.3 suites, which are offered only in TLS 1.3 ClientHellos
 * @param keyExchange {@code ECDHE}, {@code DHE}, {@code RSA}, {@code ECDH}, {@code DH}, {@code PSK}... or {@code any}
 * @param authentication {@code RSA}, {@code ECDSA}, {@code None}... or {@code any}
 * @param cipher {@code AESGCM}, {@code ChaCha20}, {@code AES}, {@code 3DES}, {@code None}...
 * @param bits the symmetric key size, 0 for NULL encryption
 * @param mac {@code AEAD}, {@code SHA1}, {@code SHA256}, {@code MD5}...
 * @param weaknesses the registry's weakness flags
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CipherSuite(int code, String name, String opensslName, boolean tls13, String keyExchange,
    String authentication, String cipher, int bits, String mac, Set<SuiteWeakness> weaknesses) {

  /** Copies the flags (an unmodifiable set in declaration order) and validates that every part is present. */
  public CipherSuite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opensslName, "opensslName");
    Objects.requireNonNull(keyExchange, "keyExchange");
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(cipher, "cipher");
    Objects.requireNonNull(mac, "mac");
    weaknesses = weaknesses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weaknesses));
  }

  /** @return true when the symmetric key is shorter than 128 bits */
  public boolean isShortKey() {
    return bits < 128;
  }

  /** @return true for the suites Mozilla's intermediate profile allows in TLS 1.2: ECDHE with AES-GCM or ChaCha20 */
  public boolean isEcdheAead() {
    return "ECDHE".equals(keyExchange) && ("AESGCM".equals(cipher) || "ChaCha20".equals(cipher));
  }

  /** @return the code as four hex digits, for example {@code C02F} */
  public String hexCode() {
    return String.format("%04X", code);
  }

  @Override
  public String toString() {
    return name;
  }
}
