package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

  @Test
  void namesTheTimeOutThatRanOut() {
    assertThat(FailureText.of(new SocketTimeoutException("Read timed out"), Duration.ofSeconds(2)))
        .isEqualTo("no answer within 2 s");
    assertThat(FailureText.of(new SocketTimeoutException("timeout"), Duration.ofMillis(1500)))
        .isEqualTo("no answer within 1500 ms");
  }

  @Test
  void saysWhatATlsFailureMeansForTheTarget() {
    SSLHandshakeException pkix = new SSLHandshakeException("PKIX path building failed: "
        + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path");
    pkix.initCause(new CertPathBuilderException("unable to find valid certification path to requested target"));
    SSLHandshakeException expired = new SSLHandshakeException("validity check failed");
    expired.initCause(new CertificateExpiredException("NotAfter: Mon Jan 01 2024"));

    assertThat(FailureText.of(pkix)).startsWith("the certificate chain does not build to a trusted root");
    assertThat(FailureText.of(expired)).isEqualTo("the certificate has expired");
    assertThat(FailureText.of(new SSLHandshakeException("Received fatal alert: handshake_failure")))
        .startsWith("the server refused the TLS handshake");
    assertThat(FailureText.of(new SSLHandshakeException("Remote host terminated the handshake")))
        .isEqualTo("the server closed the connection during the TLS handshake");
  }

  @Test
  void saysWhatTheServerDidToTheConnection() {
    assertThat(FailureText.of(new SocketException("Connection reset"))).isEqualTo("the server reset the connection");
    assertThat(FailureText.of(new SocketException("Broken pipe")))
        .isEqualTo("the server closed the connection while the request was being sent");
    assertThat(FailureText.of(new ConnectException("Connection refused")))
        .isEqualTo("connection refused; is the stack running?");
    assertThat(FailureText.of(new IOException("unexpected end of stream on http://h/...", new EOFException(
        "\\n not found: limit=0 content=…")))).isEqualTo("the server closed the connection before the answer was"
        + " complete");
    assertThat(FailureText.of(new ProtocolException("Unexpected status line: SSH-2.0-OpenSSH_9.6")))
        .isEqualTo("the answer is not HTTP (its first line is not an HTTP status line)");
  }

  @Test
  void keepsAShortMessageWithoutClassNamesForAnythingElse() {
    String text = FailureText.of(new IOException("java.lang.IllegalStateException: odd " + "x".repeat(500)));

    assertThat(text).startsWith("the exchange failed (odd xxx").doesNotContain("java.lang").hasSizeLessThan(200);
  }
}
