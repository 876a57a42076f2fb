package dev.readiness.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ProtocolException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Http1ResponseParserTest {

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Feeds one byte at a time, as the slowest network would deliver it. */
  private static boolean feedByteByByte(Http1ResponseParser parser, String text) throws ProtocolException {
    boolean done = false;
    for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
      assertThat(done).as("complete before the last byte").isFalse();
      done = parser.feed(ByteBuffer.wrap(new byte[] {b}));
    }
    return done;
  }

  @Test
  void readsAContentLengthResponseDeliveredByteByByte() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);

    assertThat(feedByteByByte(parser, "HTTP/1.1 429 Too Many Requests\r\nRetry-After:  1 \r\nContent-Length: 5\r\n"
        + "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\nslow\u00e9")).isTrue();

    assertThat(parser.status()).isEqualTo(429);
    assertThat(parser.protocol()).isEqualTo("http/1.1");
    assertThat(parser.headers().first("retry-after")).contains("1");
    assertThat(parser.body()).isEqualTo("slow\u00e9");
    assertThat(parser.keepAlive()).isTrue();
  }

  @Test
  void readsAChunkedBodyWithExtensionsAndTrailersThenTheNextResponse() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);
    ByteBuffer in = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nabcd\r\n2\r\nef\r\n0\r\n"
        + "X-Trailer: t\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n");

    assertThat(parser.feed(in)).isTrue();
    assertThat(parser.body()).isEqualTo("abcdef");
    assertThat(parser.keepAlive()).isTrue();
    parser.reset(false);
    assertThat(parser.feed(in)).isTrue();
    assertThat(parser.status()).isEqualTo(204);
    assertThat(in.hasRemaining()).isFalse();
  }

  @Test
  void skipsInterimResponses() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);

    assertThat(parser.feed(bytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")))
        .isTrue();
    assertThat(parser.status()).isEqualTo(200);
    assertThat(parser.body()).isEqualTo("ok");
  }

  @Test
  void aBodyWithoutLengthEndsWithTheConnection() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);

    assertThat(parser.feed(bytes("HTTP/1.0 200 OK\r\n\r\nuntil close"))).isFalse();
    assertThat(parser.endOfInput()).isTrue();
    assertThat(parser.body()).isEqualTo("until close");
    assertThat(parser.keepAlive()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "HTTP/1.1 200 OK\\r\\nConnection: close\\r\\nContent-Length: 0 | false",
      "HTTP/1.1 200 OK\\r\\nConnection: Keep-Alive, Close\\r\\nContent-Length: 0 | false",
      "HTTP/1.0 200 OK\\r\\nContent-Length: 0 | false",
      "HTTP/1.0 200 OK\\r\\nConnection: keep-alive\\r\\nContent-Length: 0 | true",
      "HTTP/1.1 304 Not Modified\\r\\nContent-Length: 99 | true"})
  void keepsTheConnectionOnlyWhenTheServerAllows(String head, boolean keepAlive) throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);

    assertThat(parser.feed(bytes(head.replace("\\r\\n", "\r\n") + "\r\n\r\n"))).isTrue();
    assertThat(parser.keepAlive()).isEqualTo(keepAlive);
  }

  @Test
  void theAnswerToHeadHasNoBody() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(true);

    assertThat(parser.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 1024\r\n\r\n"))).isTrue();
    assertThat(parser.body()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SSH-2.0-OpenSSH_9.2\\r\\n\\r\\n | malformed HTTP/1.1 status line \"SSH-2.0-OpenSSH_9.2\"",
      "HTTP/1.1 20 OK\\r\\n\\r\\n | malformed HTTP/1.1 status line \"HTTP/1.1 20 OK\"",
      "HTTP/2 200\\r\\n\\r\\n | malformed HTTP/1.1 status line \"HTTP/2 200\"",
      "HTTP/1.1 200 OK\\r\\nno colon\\r\\n\\r\\n | malformed response header line \"no colon\"",
      "HTTP/1.1 200 OK\\r\\nX-A: 1\\r\\n folded\\r\\n\\r\\n | malformed response header line \" folded\"",
      "HTTP/1.1 200 OK\\r\\nContent-Length: -1\\r\\n\\r\\n | invalid Content-Length \"-1\"",
      "HTTP/1.1 200 OK\\r\\nContent-Length: 1\\r\\nContent-Length: 2\\r\\n\\r\\n | invalid Content-Length \"2\"",
      "HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n | malformed chunk size line \"zz\"",
      "HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n1\\r\\nab | chunk not followed by CRLF but \"b\""})
  void refusesWhatIsNotHttp1(String response, String message) {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);

    assertThatThrownBy(() -> parser.feed(bytes(response.replace("\\r\\n", "\r\n") + "\r\n")))
        .isInstanceOf(ProtocolException.class).hasMessage(message);
  }

  @Test
  void boundsTheHeaderSection() {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);
    ByteBuffer endless = bytes("HTTP/1.1 200 OK\r\nX-A: " + "a".repeat(Http1ResponseParser.HEADER_LIMIT));

    assertThatThrownBy(() -> parser.feed(endless)).isInstanceOf(ProtocolException.class)
        .hasMessage("the response's status line and headers exceed 65536 bytes");
  }

  @Test
  void keepsTheBodyUpToTheLimitAndEndsTheResponseThere() throws ProtocolException {
    Http1ResponseParser parser = new Http1ResponseParser();
    parser.reset(false);
    ByteBuffer in = bytes("HTTP/1.1 200 OK\r\nContent-Length: " + (HttpProbe.BODY_LIMIT + 100) + "\r\n\r\n"
        + "x".repeat(HttpProbe.BODY_LIMIT + 100));

    assertThat(parser.feed(in)).isTrue();
    assertThat(parser.truncated()).isTrue();
    assertThat(parser.body()).hasSize(HttpProbe.BODY_LIMIT);
    assertThat(parser.keepAlive()).as("the rest of the body is not read, so the connection cannot be reused")
        .isFalse();
  }

  @Test
  void encodesTheRequestOnceWithHostUserAgentAndBodyLength() {
    ProbeRequest request = ProbeRequest.builder("POST", URI.create("https://api.example:8443/login?next=%2F"))
        .header("Authorization", "Bearer t").body("{}", "application/json").build();

    assertThat(new String(Http1Request.encode(request, "UA/1"), StandardCharsets.UTF_8)).isEqualTo(
        "POST /login?next=%2F HTTP/1.1\r\nHost: api.example:8443\r\nAuthorization: Bearer t\r\nUser-Agent: UA/1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-A\r\nX-Injected", "X A", ""})
  void refusesHeaderNamesThatCouldSplitTheRequest(String name) {
    ProbeRequest request = ProbeRequest.builder("GET", URI.create("http://api.example/")).header(name, "v").build();

    assertThatThrownBy(() -> Http1Request.encode(request, "UA/1")).isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("cannot send GET http://api.example/: ");
  }

  @Test
  void refusesHeaderValuesWithLineBreaks() {
    ProbeRequest request = ProbeRequest.builder("GET", URI.create("http://api.example/"))
        .header("X-A", "v\r\nX-Injected: 1").build();

    assertThatThrownBy(() -> Http1Request.encode(request, "UA/1")).isInstanceOf(ProbeException.class)
        .hasMessage("cannot send GET http://api.example/: a header or the request line holds CR, LF or NUL");
  }
}
