package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sslv2HandshakeTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  @Test
  void clientHelloOffersTheSevenCipherKindsInAnSslv2Record() {
    byte[] hello = Sslv2Handshake.clientHello();

    assertThat(hello).hasSize(2 + 9 + 21 + 16);
    assertThat(Arrays.copyOfRange(hello, 0, 11)).isEqualTo(hex("802E" + "01" + "0002" + "0015" + "0000" + "0010"));
    assertThat(Arrays.copyOfRange(hello, 11, 14)).isEqualTo(hex("010080"));
    assertThat(Arrays.copyOfRange(hello, 29, 32)).isEqualTo(hex("0700C0"));
  }

  @Test
  void serverHelloListsTheSharedKinds() throws TlsParseException {
    assertThat(Sslv2Handshake.parse(Sslv2ScanIT.serverHello())).extracting(CipherSuite::opensslName)
        .containsExactly("RC4-MD5", "DES-CBC3-MD5");
  }

  @Test
  void tlsAlertsErrorsAndClosedConnectionsAreRefusals() throws TlsParseException {
    assertThat(Sslv2Handshake.parse(hex("15030100020228"))).isEmpty();
    assertThat(Sslv2Handshake.parse(hex("8003000001"))).isEmpty();
    assertThat(Sslv2Handshake.parse(new byte[0])).isEmpty();
  }

  @Test
  void malformedAnswersNameWhatWasWrongAndWhere() {
    assertThatThrownBy(() -> Sslv2Handshake.parse("HTTP/1.1 400".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(TlsParseException.class)
        .hasMessage("expected an SSLv2 record header (high bit set) or a TLS record at byte 0, read 0x48");
    assertThatThrownBy(() -> Sslv2Handshake.parse(hex("80100400")))
        .hasMessage("SSLv2 record at byte 0 declares 16 bytes, the stream ended after 2");
    assertThatThrownBy(() -> Sslv2Handshake.parse(hex("800B" + "04000100020000" + "0003" + "0000")))
        .hasMessageContaining("declares certificate 0, cipher specs 3 and connection id 0 bytes; the record holds 0");
    assertThatThrownBy(() -> Sslv2Handshake.parse(hex("800E" + "04000103000000" + "0003" + "0000" + "010080")))
        .hasMessage("SSLv2 SERVER-HELLO at byte 2 carries version 0x0300, not 0x0002");
    assertThatThrownBy(() -> Sslv2Handshake.parse(hex("800E" + "04000100020000" + "0003" + "0000" + "FF0080")))
        .hasMessageContaining("lists 1 cipher kinds, none of the offered ones");
    assertThatThrownBy(() -> Sslv2Handshake.parse(hex("800207FF"))).hasMessageContaining("read message type 7");
  }
}
