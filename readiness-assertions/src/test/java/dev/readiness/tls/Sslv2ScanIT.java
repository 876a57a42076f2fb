package dev.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.target.Target;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * SSLv2 against a scripted server socket (no nginx or OpenSSL build on Debian can speak SSLv2): it answers an SSLv2
 * CLIENT-HELLO with a SERVER-HELLO, or an SSLv2 ERROR, and every TLS ClientHello with a handshake_failure alert.
 */
class Sslv2ScanIT {

  private static final byte[] TLS_HANDSHAKE_FAILURE = HexFormat.of().parseHex("15030100020228");

  /** A SERVER-HELLO for RC4_128_WITH_MD5 and DES_192_EDE3_CBC_WITH_MD5, a 4-byte "certificate", a 16-byte id. */
  static byte[] serverHello() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(HexFormat.of().parseHex("04" + "00" + "01" + "0002" + "0004" + "0006" + "0010"));
    body.writeBytes(HexFormat.of().parseHex("30820000"));
    body.writeBytes(HexFormat.of().parseHex("010080" + "0700C0"));
    body.writeBytes(new byte[16]);
    byte[] message = body.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(0x80 | (message.length >> 8));
    record.write(message.length & 0xFF);
    record.writeBytes(message);
    return record.toByteArray();
  }

  private static void answer(Socket socket, byte[] sslv2Answer) {
    try {
      DataInputStream in = new DataInputStream(socket.getInputStream());
      int first = in.readUnsignedByte();
      if ((first & 0x80) != 0) {
        in.readFully(new byte[((first & 0x7F) << 8) | in.readUnsignedByte()]);
        socket.getOutputStream().write(sslv2Answer);
      } else {
        byte[] header = new byte[4];
        in.readFully(header);
        in.readFully(new byte[((header[2] & 0xFF) << 8) | (header[3] & 0xFF)]);
        socket.getOutputStream().write(TLS_HANDSHAKE_FAILURE);
      }
      socket.getOutputStream().flush();
      drain(socket.getInputStream());
    } catch (IOException e) {
      // the scanner closed its side
    }
  }

  private static void drain(InputStream in) throws IOException {
    while (in.read() >= 0) {
      // until the scanner closes
    }
  }

  private static Target target(RawServer server) {
    return Target.builder().url("https://localhost:" + server.port() + "/").timeout(Duration.ofSeconds(5)).build();
  }

  @Test
  void aServerAnsweringAnSslv2HelloFailsTheProtocolsCheckNamingSslv2() throws Exception {
    try (RawServer server = new RawServer(socket -> answer(socket, serverHello()))) {
      TlsScan scan = new TlsScanner("localhost", server.port(), Duration.ofSeconds(5), 4).scan();
      CheckResult protocols = Readiness.check(TlsProtocolsCheck.ID, target(server));
      CheckResult ciphers = Readiness.check(TlsCiphersCheck.ID, target(server));

      assertThat(scan.problems()).isEmpty();
      assertThat(scan.protocols()).containsExactly(TlsVersion.SSL_2_0);
      assertThat(scan.suites(TlsVersion.SSL_2_0)).extracting(CipherSuite::name)
          .containsExactly("SSL_CK_RC4_128_WITH_MD5", "SSL_CK_DES_192_EDE3_CBC_WITH_MD5");
      assertThat(protocols.status()).isEqualTo(Status.FAIL);
      assertThat(protocols.findings()).extracting(f -> f.message()).contains("an SSLv2 CLIENT-HELLO got a "
          + "SERVER-HELLO: SSLv2 is prohibited (RFC 6176; DROWN, CVE-2016-0800) and fails every profile");
      assertThat(protocols.evidence().get(0).detail()).startsWith("SSLv2: SSL_CK_RC4_128_WITH_MD5 [RC4, MD5 MAC, RSA key exchange]");
      assertThat(ciphers.status()).isEqualTo(Status.FAIL);
      assertThat(ciphers.message()).contains("a SSLv2 ClientHello offering SSL_CK_RC4_128_WITH_MD5 got a ServerHello "
          + "choosing it (RC4, MD5 MAC): fails every profile");
    }
  }

  @Test
  void anSslv2ErrorIsARefusal() throws Exception {
    byte[] noCipherError = HexFormat.of().parseHex("8003000001");
    try (RawServer server = new RawServer(socket -> answer(socket, noCipherError))) {
      TlsScan scan = new TlsScanner("localhost", server.port(), Duration.ofSeconds(5), 4).scan();

      assertThat(scan.problems()).isEmpty();
      assertThat(scan.protocols()).isEmpty();
    }
  }
}
