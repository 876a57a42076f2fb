package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TlsRecordReaderTest {

  /** A TLS 1.3 ServerHello choosing TLS_AES_128_GCM_SHA256, with supported_versions 0x0304. */
  static byte[] tls13ServerHello() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(HexFormat.of().parseHex("0303"));
    body.writeBytes(new byte[32]);
    body.write(0);
    body.writeBytes(HexFormat.of().parseHex("1301" + "00" + "0006" + "002b00020304"));
    return record(22, handshake(2, body.toByteArray()));
  }

  static byte[] handshake(int type, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    out.write(body.length >> 16);
    out.write(body.length >> 8);
    out.write(body.length);
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] record(int type, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    out.writeBytes(new byte[] {3, 3, (byte) (body.length >> 8), (byte) body.length});
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Test
  void readsTheVersionFromSupportedVersions() throws Exception {
    assertThat(TlsRecordReader.parse(tls13ServerHello())).isEqualTo(new ServerReply.Hello(TlsVersion.TLS_1_3, 0x1301));
  }

  @Test
  void readsAServerHelloSplitAcrossTwoRecords() throws Exception {
    byte[] message = handshake(2, HexFormat.of().parseHex("0303" + "00".repeat(32) + "00" + "c02f" + "00"));
    ByteArrayOutputStream split = new ByteArrayOutputStream();
    split.writeBytes(record(22, java.util.Arrays.copyOfRange(message, 0, 10)));
    split.writeBytes(record(22, java.util.Arrays.copyOfRange(message, 10, message.length)));

    assertThat(TlsRecordReader.parse(split.toByteArray()))
        .isEqualTo(new ServerReply.Hello(TlsVersion.TLS_1_2, 0xC02F));
  }

  @Test
  void namesTheAlertItRefusedWith() throws Exception {
    assertThat(TlsRecordReader.parse(record(21, new byte[] {2, 70})))
        .isEqualTo(new ServerReply.Refusal("alert protocol_version (70)"));
  }

  @Test
  void treatsAnImmediateCloseAsARefusal() throws Exception {
    assertThat(TlsRecordReader.parse(new byte[0]))
        .isEqualTo(new ServerReply.Refusal("connection closed without a ServerHello"));
  }

  @Test
  void rejectsPlainHttpWithAClearMessage() {
    assertThatThrownBy(() -> TlsRecordReader.parse("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes()))
        .isInstanceOf(TlsParseException.class)
        .hasMessage("expected a handshake (22) or alert (21) record at byte 0, read content type 72");
  }

  @Test
  void rejectsAFieldLongerThanItsMessage() {
    byte[] hello = handshake(2, HexFormat.of().parseHex("0303" + "00".repeat(32) + "20"));
    assertThatThrownBy(() -> TlsRecordReader.parse(record(22, hello)))
        .isInstanceOf(TlsParseException.class)
        .hasMessage("ServerHello field session_id needs 32 bytes at offset 35, only 0 remain");
  }

  /**
   * Seeded random mutations of valid answers, 20,000 per run (more than {@link TlsRecordReaderFuzzTest}'s regression
   * seeds): whatever the bytes, the reader returns a reply or throws {@link TlsParseException}, nothing else.
   */
  @Test
  void onlyTheDocumentedParseErrorEscapesForMutatedInput() {
    Random random = new Random(20261123L);
    byte[][] seeds = {tls13ServerHello(), record(21, new byte[] {2, 40})};
    for (int i = 0; i < 20_000; i++) {
      byte[] input = seeds[i % seeds.length].clone();
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        switch (random.nextInt(3)) {
          case 0 -> input[random.nextInt(input.length)] = (byte) random.nextInt(256);
          case 1 -> input = java.util.Arrays.copyOf(input, random.nextInt(input.length + 1));
          default -> input = java.util.Arrays.copyOf(input, input.length + random.nextInt(64));
        }
        if (input.length == 0) {
          break;
        }
      }
      byte[] bytes = input;
      try {
        assertThat(TlsRecordReader.parse(bytes)).isNotNull();
      } catch (TlsParseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
