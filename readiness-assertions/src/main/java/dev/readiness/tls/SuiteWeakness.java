package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What makes a cipher suite weak, as recorded per suite in the registry resource. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SuiteWeakness {
  /** No encryption at all. */
  NULL("NULL encryption"),
  /** No server authentication (aNULL, ADH, AECDH). */
  ANON("anonymous key exchange"),
  /** 1990s export-grade keys. */
  EXPORT("EXPORT grade"),
  /** Single DES. */
  DES("DES"),
  /** Triple DES (Sweet32). */
  TRIPLE_DES("3DES"),
  /** RC4 (RFC 7465). */
  RC4("RC4"),
  /** MD5 message authentication. */
  MD5("MD5 MAC"),
  /** CBC mode (Lucky13, padding oracles). */
  CBC("CBC mode");

  private final String label;

  SuiteWeakness(String label) {
    this.label = label;
  }

  /** @return a short name a person reads, for example {@code 3DES} */
  public String label() {
    return label;
  }

  /** @return true when the weakness fails every profile (all but CBC) */
  public boolean isFloor() {
    return this != CBC;
  }
}
