package dev.readiness.tls;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a server answered one ClientHello: it chose a version and suite, or it refused. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface ServerReply {

  /**
   * A ServerHello (or a TLS 1.3 HelloRetryRequest, which also fixes version and suite).
   *
   * @param version the negotiated version (from {@code supported_versions} for TLS 1.3)
   * @param suiteCode the chosen suite's two-byte code
   */
  record Hello(TlsVersion version, int suiteCode) implements ServerReply {}

  /**
   * A refusal: an alert, or the connection closed or reset before a ServerHello.
   *
   * @param reason what came back, for example {@code alert handshake_failure (40)}
   */
  record Refusal(String reason) implements ServerReply {}
}
