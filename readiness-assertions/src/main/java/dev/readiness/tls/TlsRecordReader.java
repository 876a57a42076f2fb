package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a server's first answer to a ClientHello: a ServerHello (or HelloRetryRequest) or an alert, and nothing
 * more. It reads at most {@value #MAX_BYTES} bytes, checks every length against what remains, and reports any
 * malformed input as a {@link TlsParseException}; an end of stream before the first record is a refusal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TlsRecordReader {

  /** The most bytes read while looking for the ServerHello. */
  public static final int MAX_BYTES = 1 << 16;

  private static final int MAX_RECORD = (1 << 14) + 2048;
  private static final byte[] HELLO_RETRY_RANDOM = hex(
      "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");
  private static final Map<Integer, String> ALERTS = Map.ofEntries(Map.entry(0, "close_notify"),
      Map.entry(10, "unexpected_message"), Map.entry(20, "bad_record_mac"), Map.entry(40, "handshake_failure"),
      Map.entry(47, "illegal_parameter"), Map.entry(50, "decode_error"), Map.entry(51, "decrypt_error"),
      Map.entry(70, "protocol_version"), Map.entry(71, "insufficient_security"), Map.entry(80, "internal_error"),
      Map.entry(86, "inappropriate_fallback"), Map.entry(109, "missing_extension"),
      Map.entry(112, "unrecognized_name"));

  private final InputStream in;
  private int consumed;

  /** @param in the server's bytes; a socket stream should carry its own read timeout */
  public TlsRecordReader(InputStream in) {
    this.in = in;
  }

  /**
   * Parses a complete answer held in memory.
   *
   * @param bytes the server's bytes
   * @return the reply
   * @throws TlsParseException when the bytes are not a well-formed answer
   */
  public static ServerReply parse(byte[] bytes) throws TlsParseException {
    try {
      return new TlsRecordReader(new ByteArrayInputStream(bytes)).read();
    } catch (IOException e) {
      throw new TlsParseException("cannot read in-memory bytes: " + e.getMessage());
    }
  }

  /**
   * Reads until the first handshake message or alert is complete.
   *
   * @return the reply
   * @throws TlsParseException when the answer is malformed or too long
   * @throws IOException when the stream fails (for example a read time-out)
   */
  public ServerReply read() throws TlsParseException, IOException {
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    while (true) {
      byte[] header = readFully(5, consumed == 0);
      if (header == null) {
        return new ServerReply.Refusal("connection closed without a ServerHello");
      }
      int type = header[0] & 0xFF;
      int length = u16(header, 3);
      if (type != 21 && type != 22) {
        throw new TlsParseException("expected a handshake (22) or alert (21) record at byte " + (consumed - 5)
            + ", read content type " + type);
      }
      if (length == 0 || length > MAX_RECORD) {
        throw new TlsParseException("record at byte " + (consumed - 5) + " declares length " + length
            + " (allowed 1.." + MAX_RECORD + ")");
      }
      byte[] body = readFully(length, false);
      if (type == 21) {
        return alert(body);
      }
      handshake.writeBytes(body);
      byte[] messages = handshake.toByteArray();
      if (messages.length >= 4) {
        int messageLength = (messages[1] & 0xFF) << 16 | u16(messages, 2);
        if (messages.length >= 4 + messageLength) {
          return handshakeMessage(messages[0] & 0xFF, Arrays.copyOfRange(messages, 4, 4 + messageLength));
        }
      }
    }
  }

  private static ServerReply alert(byte[] body) throws TlsParseException {
    if (body.length != 2) {
      throw new TlsParseException("alert record of " + body.length + " bytes (expected 2)");
    }
    int description = body[1] & 0xFF;
    return new ServerReply.Refusal("alert " + ALERTS.getOrDefault(description, "unknown") + " (" + description + ")");
  }

  private static ServerReply handshakeMessage(int type, byte[] m) throws TlsParseException {
    if (type != 2) {
      throw new TlsParseException("expected a ServerHello (handshake type 2), read handshake type " + type);
    }
    Cursor c = new Cursor(m);
    int legacyVersion = c.u16("server_version");
    byte[] random = c.bytes(32, "random");
    c.bytes(c.u8("session_id length"), "session_id");
    int suite = c.u16("cipher_suite");
    c.u8("compression_method");
    int negotiated = legacyVersion;
    if (c.remaining() > 0) {
      int end = c.u16("extensions length");
      Cursor ext = new Cursor(c.bytes(end, "extensions"));
      while (ext.remaining() > 0) {
        int extType = ext.u16("extension type");
        Cursor data = new Cursor(ext.bytes(ext.u16("extension length"), "extension data"));
        if (extType == 43) {
          negotiated = data.u16("supported_versions.selected_version");
        }
      }
    }
    TlsVersion version = TlsVersion.fromCode(negotiated);
    if (version == null) {
      throw new TlsParseException(String.format("ServerHello selects unknown version 0x%04X", negotiated));
    }
    if (version != TlsVersion.TLS_1_3 && Arrays.equals(random, HELLO_RETRY_RANDOM)) {
      throw new TlsParseException("HelloRetryRequest without supported_versions 1.3");
    }
    return new ServerReply.Hello(version, suite);
  }

  private byte[] readFully(int length, boolean endAllowed) throws IOException, TlsParseException {
    if (consumed + length > MAX_BYTES) {
      throw new TlsParseException("no ServerHello within the first " + MAX_BYTES + " bytes");
    }
    byte[] buffer = new byte[length];
    int read = 0;
    while (read < length) {
      int n = in.read(buffer, read, length - read);
      if (n < 0) {
        if (read == 0 && endAllowed) {
          return null;
        }
        throw new TlsParseException("stream ended at byte " + (consumed + read) + " inside a record of "
            + length + " bytes");
      }
      read += n;
    }
    consumed += length;
    return buffer;
  }

  private static int u16(byte[] b, int offset) {
    return (b[offset] & 0xFF) << 8 | b[offset + 1] & 0xFF;
  }

  private static byte[] hex(String text) {
    byte[] bytes = new byte[text.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  /** Reads fields of a handshake message, checking each length against what remains. */
  private static final class Cursor {
    private final byte[] data;
    private int position;

    Cursor(byte[] data) {
      this.data = data;
    }

    int remaining() {
      return data.length - position;
    }

    int u8(String field) throws TlsParseException {
      return bytes(1, field)[0] & 0xFF;
    }

    int u16(String field) throws TlsParseException {
      byte[] b = bytes(2, field);
      return TlsRecordReader.u16(b, 0);
    }

    byte[] bytes(int length, String field) throws TlsParseException {
      if (length > remaining()) {
        throw new TlsParseException("ServerHello field " + field + " needs " + length + " bytes at offset "
            + position + ", only " + remaining() + " remain");
      }
      byte[] b = Arrays.copyOfRange(data, position, position + length);
      position += length;
      return b;
    }
  }
}
