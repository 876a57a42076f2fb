package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The protocol versions the scanner offers, oldest first, with their wire codes. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TlsVersion {
  /** SSL 2.0, prohibited by RFC 6176; its hello has its own format ({@link Sslv2Handshake}). */
  SSL_2_0(0x0002, "SSLv2"),
  /** SSL 3.0 (RFC 6101), prohibited by RFC 7568. */
  SSL_3_0(0x0300, "SSLv3"),
  /** TLS 1.0, deprecated by RFC 8996. */
  TLS_1_0(0x0301, "TLSv1.0"),
  /** TLS 1.1, deprecated by RFC 8996. */
  TLS_1_1(0x0302, "TLSv1.1"),
  /** TLS 1.2 (RFC 5246). */
  TLS_1_2(0x0303, "TLSv1.2"),
  /** TLS 1.3 (RFC 8446). */
  TLS_1_3(0x0304, "TLSv1.3");

  private final int code;
  private final String label;

  TlsVersion(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** @return the two-byte wire code, for example {@code 0x0303} for TLS 1.2 */
  public int code() {
    return code;
  }

  /** @return the name people and sslscan use, for example {@code TLSv1.2} */
  public String label() {
    return label;
  }

  /** @return true for SSLv2, SSLv3, TLS 1.0 and TLS 1.1, which no profile allows */
  public boolean isObsolete() {
    return compareTo(TLS_1_2) < 0;
  }

  /**
   * @param code a two-byte wire code
   * @return the version, or null when the code names none of these
   */
  static TlsVersion fromCode(int code) {
    for (TlsVersion version : values()) {
      if (version.code == code) {
        return version;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return label;
  }
}
