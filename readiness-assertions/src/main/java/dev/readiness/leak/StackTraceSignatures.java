package dev.readiness.leak;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The corpus of stack-trace and debug-page signatures, built from real traces of Python, Node.js and Java and from
 * the documented formats of Kotlin, Go, Ruby, PHP, .NET and the Express, Werkzeug, Django, Spring, Laravel and
 * Symfony error pages (see the test resources {@code dev/readiness/leak/traces}). Every repetition in the patterns is
 * bounded, so matching a 1 MiB body stays fast.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StackTraceSignatures {

  /** Every signature, most specific first. */
  public static final List<StackTraceSignature> ALL = List.of(
      sign("a Python traceback", "Traceback (?:<em>)?\\(most recent call last\\)"),
      sign("a Python stack frame", "File \"[^\"\\n]{1,300}\", line \\d+, in "),
      sign("the Werkzeug debugger", "Werkzeug Debugger|__debugger__=yes"),
      sign("Django's debug page", "DEBUG\\s{0,3}=\\s{0,3}True"),
      sign("a Java or Kotlin stack frame",
          "\\bat [\\w$.<>/]{1,300}\\((?:[\\w$]{1,100}\\.(?:java|kt|scala|groovy)(?::\\d+)?|Native Method"
              + "|Unknown Source)\\)"),
      sign("a Spring class name", "org\\.springframework\\.[a-z]"),
      sign("a Node.js stack frame", "\\bat [^\\n<>()]{0,200}\\(?(?:/|[A-Za-z]:\\\\|file://|node:)[^\\s()]{0,300}"
          + "\\.(?:js|mjs|cjs|ts):\\d+:\\d+\\)?|\\(node:internal/[\\w/]{1,100}:\\d+:\\d+\\)"),
      sign("Express's development error page", "&nbsp; &nbsp;at "),
      sign("a Go panic", "goroutine \\d+ \\[running\\]:|\\.go:\\d+ \\+0x[0-9a-f]+"),
      sign("a Ruby stack frame", "\\.rb:\\d+:in [`'‘]"),
      sign("a PHP error location", "\\.php(?:</b>)? on line (?:<b>)?\\d+|#\\d+ [^\\n]{1,300}\\.php\\(\\d+\\): "
          + "|\\.php:\\d+\\s{0,4}Stack trace:"),
      sign("a Laravel or Symfony class name", "Illuminate\\\\{1,2}[A-Z]|Symfony\\\\{1,2}Component\\\\{1,2}"
          + "|vendor[\\\\/]{1,2}laravel[\\\\/]{1,2}framework"),
      sign("ASP.NET's error page", "Server Error in '[^'\\n]{0,100}' Application"
          + "|An unhandled exception occurred while processing the request"),
      sign("a .NET stack frame", "\\bat [\\w.`<>$\\[\\]]{1,300}\\([^)\\n]{0,300}\\) in [^\\n]{1,300}:line \\d+"
          + "|\\.cs:\\d+\\b"),
      sign("exception text", "\\b(?:[a-z][\\w$]{0,60}\\.){1,10}[A-Z][\\w$]{0,100}(?:Exception|Error)\\b:"
          + "|Unhandled exception\\.|Exception in thread \""),
      secret("a connection string", "\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?"
          + "|jdbc:[a-z]{1,20}):(?://)?[^\\s\"'<>]{3,300}|(?i:Server|Data Source)=[^;\\n]{1,200};"
          + "[^\\n]{0,200}(?i:Database|Initial Catalog)="),
      sign("a server file path", "(?:^|[\\s\"'(=:])/(?:home|usr|var|opt|srv|app|root|Users|tmp|etc)/[\\w.-]{1,100}"
          + "/[\\w./-]{1,300}\\.(?:py|js|mjs|ts|java|kt|go|rb|php|cs|jar|class)\\b"
          + "|\\b[A-Z]:\\\\(?:[\\w .-]{1,100}\\\\){1,20}[\\w.-]{1,100}\\.(?:cs|aspx|vb|dll|php|py|js)\\b"));

  private StackTraceSignatures() {}

  /** @return the first signature the body shows and the text that matched, when any */
  public static Optional<Match> find(String body) {
    for (StackTraceSignature signature : ALL) {
      Optional<String> excerpt = signature.find(body);
      if (excerpt.isPresent()) {
        return Optional.of(new Match(signature, excerpt.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * A signature found in a body.
   *
   * @param signature the sign
   * @param excerpt the matching text, bounded
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Match(StackTraceSignature signature, String excerpt) {}

  private static StackTraceSignature sign(String name, String regex) {
    return new StackTraceSignature(name, Pattern.compile(regex, Pattern.MULTILINE), false);
  }

  private static StackTraceSignature secret(String name, String regex) {
    return new StackTraceSignature(name, Pattern.compile(regex, Pattern.MULTILINE), true);
  }
}
