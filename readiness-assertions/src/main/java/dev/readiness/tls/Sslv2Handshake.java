package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * The SSL 2.0 exchange the scanner needs to tell whether a server still speaks it (prohibited by RFC 6176): a
 * CLIENT-HELLO offering the seven SSLv2 cipher kinds, and the server's first answer read defensively. A
 * SERVER-HELLO lists every cipher kind the server shares with the client, so one hello enumerates them all. A TLS
 * record (an alert), an SSLv2 ERROR or a closed connection is a refusal; anything else malformed is a
 * {@link TlsParseException} naming the byte offset.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Sslv2Handshake {

  /** The seven SSLv2 cipher kinds; their three-byte codes cannot collide with the two-byte TLS codes. */
  public static final List<CipherSuite> CIPHER_KINDS = List.of(
      kind(0x010080, "SSL_CK_RC4_128_WITH_MD5", "RC4-MD5", "RC4", 128, SuiteWeakness.RC4),
      kind(0x020080, "SSL_CK_RC4_128_EXPORT40_WITH_MD5", "EXP-RC4-MD5", "RC4", 40, SuiteWeakness.RC4,
          SuiteWeakness.EXPORT),
      kind(0x030080, "SSL_CK_RC2_128_CBC_WITH_MD5", "RC2-CBC-MD5", "RC2", 128, SuiteWeakness.CBC),
      kind(0x040080, "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5", "EXP-RC2-CBC-MD5", "RC2", 40, SuiteWeakness.CBC,
          SuiteWeakness.EXPORT),
      kind(0x050080, "SSL_CK_IDEA_128_CBC_WITH_MD5", "IDEA-CBC-MD5", "IDEA", 128, SuiteWeakness.CBC),
      kind(0x060040, "SSL_CK_DES_64_CBC_WITH_MD5", "DES-CBC-MD5", "DES", 56, SuiteWeakness.DES, SuiteWeakness.CBC),
      kind(0x0700C0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "DES-CBC3-MD5", "3DES", 168, SuiteWeakness.TRIPLE_DES,
          SuiteWeakness.CBC));

  private static final int CLIENT_HELLO = 1;
  private static final int SERVER_HELLO = 4;
  private static final int ERROR = 0;
  private static final int SSL2_VERSION = 0x0002;
  private static final int CHALLENGE_LENGTH = 16;

  private Sslv2Handshake() {}

  /** @return a complete SSLv2 CLIENT-HELLO record offering {@link #CIPHER_KINDS} */
  public static byte[] clientHello() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(CLIENT_HELLO);
    u16(body, SSL2_VERSION);
    u16(body, CIPHER_KINDS.size() * 3);
    u16(body, 0);
    u16(body, CHALLENGE_LENGTH);
    for (CipherSuite kind : CIPHER_KINDS) {
      body.write(kind.code() >> 16);
      u16(body, kind.code());
    }
    byte[] challenge = new byte[CHALLENGE_LENGTH];
    ThreadLocalRandom.current().nextBytes(challenge);
    body.writeBytes(challenge);
    byte[] message = body.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    u16(record, 0x8000 | message.length);
    record.writeBytes(message);
    return record.toByteArray();
  }

  /**
   * Parses a complete answer held in memory.
   *
   * @param bytes the server's bytes
   * @return the cipher kinds of a SERVER-HELLO; empty for a refusal
   * @throws TlsParseException when the bytes are not a well-formed answer
   */
  public static List<CipherSuite> parse(byte[] bytes) throws TlsParseException {
    try {
      return read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new TlsParseException("cannot read in-memory bytes: " + e.getMessage());
    }
  }

  /**
   * Reads the server's first answer to {@link #clientHello()}.
   *
   * @param in the server's bytes; a socket stream should carry its own read timeout
   * @return the offered cipher kinds the SERVER-HELLO lists; empty for a refusal (a TLS record, an SSLv2 ERROR, a
   *     closed connection)
   * @throws TlsParseException when the answer is malformed, or a SERVER-HELLO lists none of the offered kinds
   * @throws IOException when the stream fails (for example a read time-out)
   */
  public static List<CipherSuite> read(InputStream in) throws TlsParseException, IOException {
    byte[] header = in.readNBytes(2);
    if (header.length < 2) {
      return List.of();
    }
    int first = header[0] & 0xFF;
    if (first == 21 || first == 22) {
      return List.of();
    }
    if ((first & 0x80) == 0) {
      throw new TlsParseException("expected an SSLv2 record header (high bit set) or a TLS record at byte 0, read "
          + String.format("0x%02X", first));
    }
    int length = ((first & 0x7F) << 8) | (header[1] & 0xFF);
    if (length == 0) {
      throw new TlsParseException("SSLv2 record at byte 0 declares length 0");
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new TlsParseException("SSLv2 record at byte 0 declares " + length + " bytes, the stream ended after "
          + body.length);
    }
    int type = body[0] & 0xFF;
    if (type == ERROR) {
      return List.of();
    }
    if (type != SERVER_HELLO) {
      throw new TlsParseException("expected an SSLv2 SERVER-HELLO (4) or ERROR (0) at byte 2, read message type "
          + type);
    }
    return serverHello(body);
  }

  private static List<CipherSuite> serverHello(byte[] body) throws TlsParseException {
    if (body.length < 11) {
      throw new TlsParseException("SSLv2 SERVER-HELLO at byte 2 has " + body.length + " bytes, under the 11 of its "
          + "fixed part");
    }
    int version = u16(body, 3);
    int certificate = u16(body, 5);
    int specs = u16(body, 7);
    int connectionId = u16(body, 9);
    if (version != SSL2_VERSION) {
      throw new TlsParseException(String.format("SSLv2 SERVER-HELLO at byte 2 carries version 0x%04X, not 0x0002",
          version));
    }
    if (specs % 3 != 0 || 11L + certificate + specs + connectionId > body.length) {
      throw new TlsParseException("SSLv2 SERVER-HELLO at byte 2 declares certificate " + certificate
          + ", cipher specs " + specs + " and connection id " + connectionId + " bytes; the record holds "
          + (body.length - 11) + " after the fixed part");
    }
    Set<Integer> listed = new java.util.HashSet<>();
    for (int at = 11 + certificate; at < 11 + certificate + specs; at += 3) {
      listed.add(((body[at] & 0xFF) << 16) | u16(body, at + 1));
    }
    List<CipherSuite> shared = new ArrayList<>();
    CIPHER_KINDS.stream().filter(k -> listed.contains(k.code())).forEach(shared::add);
    if (shared.isEmpty()) {
      throw new TlsParseException("SSLv2 SERVER-HELLO at byte 2 lists " + specs / 3 + " cipher kinds, none of the "
          + "offered ones: the server speaks SSLv2 but its ciphers cannot be named");
    }
    return shared;
  }

  private static CipherSuite kind(int code, String name, String openssl, String cipher, int bits,
      SuiteWeakness... weaknesses) {
    Set<SuiteWeakness> flags = new java.util.HashSet<>(List.of(weaknesses));
    flags.add(SuiteWeakness.MD5);
    return new CipherSuite(code, name, openssl, false, "RSA", "RSA", cipher, bits, "MD5", flags);
  }

  private static void u16(ByteArrayOutputStream out, int value) {
    out.write((value >> 8) & 0xFF);
    out.write(value & 0xFF);
  }

  private static int u16(byte[] bytes, int at) {
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }
}
