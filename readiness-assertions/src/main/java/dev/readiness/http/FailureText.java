package dev.readiness.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apiguardian.api.API;

/**
 * Says what a failed exchange means for the target, in its terms ("no answer within 2 s", "the certificate chain
 * does not build to a trusted root", "the header section is larger than 256 KiB"), instead of the JDK's or the HTTP
 * client's text ({@code java.net.SocketTimeoutException: Read timed out}, {@code PKIX path building failed:
 * sun.security...}, {@code unexpected end of stream}). A failure it does not recognise keeps a short form of its own
 * message, never a class name with its package.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FailureText {

  /** The largest header section the HTTP client reads, in KiB. */
  public static final int HEADER_LIMIT_KIB = 256;

  private static final Pattern LINE_LIMIT = Pattern.compile("\\\\n not found: limit=(\\d+)");
  private static final int LONGEST_ORIGINAL = 160;

  private FailureText() {}

  /**
   * @param failure what the exchange threw
   * @return what happened, as a phrase such as {@code the server reset the connection}
   */
  public static String of(Throwable failure) {
    return of(failure, Optional.empty());
  }

  /**
   * @param failure what the exchange threw
   * @param timeout the time-out the exchange had, named when it ran out
   * @return what happened, as a phrase such as {@code no answer within 2 s}
   */
  public static String of(Throwable failure, Duration timeout) {
    return of(failure, Optional.of(timeout));
  }

  private static String of(Throwable failure, Optional<Duration> timeout) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Optional<String> known = known(cause, timeout);
      if (known.isPresent()) {
        return known.get();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (failure instanceof SSLException) {
      return "the TLS handshake failed (" + original(failure) + ")";
    }
    String text = original(failure);
    return text.isEmpty() ? "the exchange failed" : "the exchange failed (" + text + ")";
  }

  private static Optional<String> known(Throwable e, Optional<Duration> timeout) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (e instanceof CertificateExpiredException) {
      return Optional.of("the certificate has expired");
    }
    if (e instanceof CertificateNotYetValidException) {
      return Optional.of("the certificate is not valid yet");
    }
    if (e instanceof CertPathBuilderException || e instanceof CertPathValidatorException
        || lower.contains("pkix path") || lower.contains("unable to find valid certification path")) {
      return Optional.of("the certificate chain does not build to a trusted root (neither the JDK's trust store nor"
          + " target.trust holds its issuer)");
    }
    if (e instanceof SSLPeerUnverifiedException || lower.contains("no subject alternative")
        || lower.contains("no name matching") || lower.matches("hostname .* not verified.*")) {
      return Optional.of("the certificate does not name this host");
    }
    if (lower.contains("protocol_version") || lower.contains("no appropriate protocol")) {
      return Optional.of("the server and the client have no TLS version in common");
    }
    if (lower.contains("handshake_failure") || lower.contains("insufficient_security")) {
      return Optional.of("the server refused the TLS handshake (no TLS version or cipher suite in common)");
    }
    if (lower.contains("unrecognized ssl message") || lower.contains("plaintext connection")) {
      return Optional.of("the server does not answer in TLS (a plain-HTTP listener on this port?)");
    }
    if (lower.contains("remote host terminated the handshake")) {
      return Optional.of("the server closed the connection during the TLS handshake");
    }
    if (e instanceof SocketTimeoutException) {
      return Optional.of(timeout.map(t -> "no answer within " + shortly(t)).orElse("no answer in time"));
    }
    if (e instanceof ConnectException) {
      return Optional.of("connection refused; is the stack running?");
    }
    if (e instanceof NoRouteToHostException) {
      return Optional.of("no route to the host");
    }
    if (e instanceof UnknownHostException) {
      return Optional.of("unknown host " + message);
    }
    Matcher lineLimit = LINE_LIMIT.matcher(message);
    if (e instanceof EOFException && lineLimit.find()) {
      return Optional.of(Long.parseLong(lineLimit.group(1)) >= 64 * 1024
          ? "the header section is larger than " + HEADER_LIMIT_KIB + " KiB, the most the client reads"
          : "the server closed the connection before the answer was complete");
    }
    if (e instanceof EOFException || lower.startsWith("unexpected end of stream")) {
      boolean causeDecides = e.getCause() instanceof EOFException eof && eof.getMessage() != null
          && LINE_LIMIT.matcher(eof.getMessage()).find();
      return causeDecides ? Optional.empty()
          : Optional.of("the server closed the connection before the answer was complete");
    }
    if (lower.contains("connection reset")) {
      return Optional.of("the server reset the connection");
    }
    if (lower.contains("broken pipe")) {
      return Optional.of("the server closed the connection while the request was being sent");
    }
    if (e instanceof ProtocolException && lower.startsWith("unexpected status line")) {
      return Optional.of("the answer is not HTTP (its first line is not an HTTP status line)");
    }
    if (lower.startsWith("stream was reset")) {
      return Optional.of("the server reset the HTTP/2 stream (" + message.substring("stream was reset".length())
          .replace(":", "").strip() + ")");
    }
    if (e instanceof SocketException && lower.contains("socket closed")) {
      return Optional.of("the connection was closed");
    }
    return Optional.empty();
  }

  private static String shortly(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String original(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
    message = message.replaceAll("(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error): ?", "");
    return message.length() <= LONGEST_ORIGINAL ? message : message.substring(0, LONGEST_ORIGINAL) + "...";
  }
}
