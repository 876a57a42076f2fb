package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds the bytes of one ClientHello record offering one protocol version and a list of suites: what the JDK
 * would refuse to send (SSLv3, TLS 1.0, anonymous or export suites) is written here byte by byte. TLS 1.3 hellos
 * carry {@code supported_versions} and an empty {@code key_share} (RFC 8446 4.2.8), so a server that accepts one
 * of the suites answers with a HelloRetryRequest naming it and the group it wants, which costs it no key exchange
 * and no signature; SSLv3 hellos carry no extensions. Randoms need no secrecy (no handshake is ever completed), so
 * they come from a fast non-cryptographic source.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClientHello {

  private static final int EMPTY_RENEGOTIATION_INFO_SCSV = 0x00FF;
  private static final int[] GROUPS = {0x001D, 0x0017, 0x0018, 0x0019, 0x001E, 0x001A, 0x001B, 0x001C, 0x0015,
      0x0016, 0x0013, 0x0014, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104};
  private static final int[] SIGNATURE_SCHEMES = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808,
      0x0809, 0x080A, 0x080B, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201, 0x0202, 0x0402, 0x0502, 0x0602, 0x0303,
      0x0301, 0x0302, 0x0101};

  private final TlsVersion version;
  private final List<Integer> suites;
  private final String serverName;

  private ClientHello(TlsVersion version, List<Integer> suites, String serverName) {
    this.version = Objects.requireNonNull(version, "version");
    this.suites = List.copyOf(suites);
    this.serverName = serverName;
    if (suites.isEmpty()) {
      throw new IllegalArgumentException("a ClientHello offers at least one suite");
    }
    if (version == TlsVersion.SSL_2_0) {
      throw new IllegalArgumentException("an SSLv2 hello has its own format: use Sslv2Handshake.clientHello()");
    }
  }

  /**
   * @param version the single version offered
   * @param suites the suite codes offered, in order
   * @param serverName the SNI host name, or null for none (IP literals)
   * @return the hello
   */
  public static ClientHello of(TlsVersion version, List<Integer> suites, String serverName) {
    return new ClientHello(version, suites, serverName);
  }

  /** @return the complete record (header and handshake message), ready to write to a socket */
  public byte[] toBytes() {
    byte[] body = body();
    Bytes handshake = new Bytes().u8(1).u24(body.length).raw(body);
    int recordVersion = version == TlsVersion.SSL_3_0 ? 0x0300 : 0x0301;
    byte[] message = handshake.toByteArray();
    return new Bytes().u8(22).u16(recordVersion).u16(message.length).raw(message).toByteArray();
  }

  private byte[] body() {
    Bytes b = new Bytes().u16(Math.min(version.code(), 0x0303)).raw(random(32));
    b.u8(32).raw(random(32));
    boolean legacy = version != TlsVersion.TLS_1_3;
    int count = suites.size() + (legacy ? 1 : 0);
    b.u16(count * 2);
    for (int suite : suites) {
      b.u16(suite);
    }
    if (legacy) {
      b.u16(EMPTY_RENEGOTIATION_INFO_SCSV);
    }
    b.u8(1).u8(0);
    if (version != TlsVersion.SSL_3_0) {
      byte[] extensions = extensions();
      b.u16(extensions.length).raw(extensions);
    }
    return b.toByteArray();
  }

  private byte[] extensions() {
    Bytes e = new Bytes();
    if (serverName != null) {
      byte[] name = serverName.getBytes(StandardCharsets.US_ASCII);
      e.u16(0).u16(name.length + 5).u16(name.length + 3).u8(0).u16(name.length).raw(name);
    }
    e.u16(10).u16(GROUPS.length * 2 + 2).u16(GROUPS.length * 2);
    for (int group : GROUPS) {
      e.u16(group);
    }
    e.u16(11).u16(2).u8(1).u8(0);
    if (version.compareTo(TlsVersion.TLS_1_2) >= 0) {
      e.u16(13).u16(SIGNATURE_SCHEMES.length * 2 + 2).u16(SIGNATURE_SCHEMES.length * 2);
      for (int scheme : SIGNATURE_SCHEMES) {
        e.u16(scheme);
      }
    }
    e.u16(23).u16(0);
    if (version == TlsVersion.TLS_1_3) {
      e.u16(43).u16(3).u8(2).u16(TlsVersion.TLS_1_3.code());
      e.u16(45).u16(2).u8(1).u8(1);
      e.u16(51).u16(2).u16(0);
    }
    return e.toByteArray();
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  /** A growing byte array written big-endian, as TLS encodes its integers. */
  private static final class Bytes {
    private byte[] bytes = new byte[512];
    private int length;

    Bytes u8(int value) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, 2 * length);
      }
      bytes[length++] = (byte) value;
      return this;
    }

    Bytes u16(int value) {
      return u8(value >> 8).u8(value);
    }

    Bytes u24(int value) {
      return u8(value >> 16).u16(value);
    }

    Bytes raw(byte[] raw) {
      if (length + raw.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + raw.length));
      }
      System.arraycopy(raw, 0, bytes, length, raw.length);
      length += raw.length;
      return this;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, length);
    }
  }
}
