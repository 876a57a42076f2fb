package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes of the hellos the scanner writes, read back field by field. */
class ClientHelloTest {

  @Test
  void tls13HelloOffersItsSuitesWithSupportedVersionsAndAnEmptyKeyShare() {
    byte[] record = ClientHello.of(TlsVersion.TLS_1_3, List.of(0x1301, 0x1302), "localhost").toBytes();
    Map<Integer, byte[]> extensions = extensions(record);

    assertThat(u16(record, 1)).as("record version").isEqualTo(0x0301);
    assertThat(u16(record, 9)).as("legacy_version").isEqualTo(0x0303);
    assertThat(suites(record)).containsExactly(0x1301, 0x1302);
    assertThat(extensions.get(43)).as("supported_versions: TLS 1.3 only").containsExactly(2, 0x03, 0x04);
    assertThat(extensions.get(51)).as("key_share with no client share: the server answers HelloRetryRequest")
        .containsExactly(0, 0);
    assertThat(extensions).containsKeys(0, 10, 13);
  }

  @Test
  void tls12HelloAddsTheRenegotiationSignalAndNoTls13Extensions() {
    byte[] record = ClientHello.of(TlsVersion.TLS_1_2, List.of(0xC02F), "localhost").toBytes();

    assertThat(suites(record)).containsExactly(0xC02F, 0x00FF);
    assertThat(extensions(record)).containsKeys(0, 10, 11, 13, 23).doesNotContainKeys(43, 51);
  }

  @Test
  void ipLiteralTargetsGetNoServerName() {
    byte[] record = ClientHello.of(TlsVersion.TLS_1_2, List.of(0xC02F), null).toBytes();

    assertThat(extensions(record)).doesNotContainKey(0);
  }

  private static List<Integer> suites(byte[] record) {
    int at = sessionEnd(record);
    int length = u16(record, at);
    List<Integer> suites = new java.util.ArrayList<>();
    for (int i = 0; i < length; i += 2) {
      suites.add(u16(record, at + 2 + i));
    }
    return suites;
  }

  private static Map<Integer, byte[]> extensions(byte[] record) {
    int at = sessionEnd(record);
    at += 2 + u16(record, at);
    at += 1 + (record[at] & 0xFF);
    int end = at + 2 + u16(record, at);
    assertThat(end).as("extensions end with the record").isEqualTo(record.length);
    Map<Integer, byte[]> extensions = new LinkedHashMap<>();
    for (at += 2; at < end; ) {
      int type = u16(record, at);
      int length = u16(record, at + 2);
      extensions.put(type, java.util.Arrays.copyOfRange(record, at + 4, at + 4 + length));
      at += 4 + length;
    }
    return extensions;
  }

  /** @return the offset of cipher_suites: record header 5, handshake header 4, version 2, random 32, session id */
  private static int sessionEnd(byte[] record) {
    assertThat(record[0]).as("handshake record").isEqualTo((byte) 22);
    assertThat(record[5]).as("ClientHello").isEqualTo((byte) 1);
    int at = 5 + 4 + 2 + 32;
    return at + 1 + (record[at] & 0xFF);
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
  }
}
