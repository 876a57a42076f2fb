package dev.readiness.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature corpus against real and documented traces (see {@code traces/README.md}) and ordinary bodies. */
class StackTraceSignaturesTest {

  @ParameterizedTest(name = "{0} shows {1}")
  @CsvSource(delimiter = '|', value = {
      "python-json-decode.txt           | a Python traceback",
      "python-zero-division.txt         | a Python traceback",
      "node-json-parse.txt              | a Node.js stack frame",
      "node-type-error.txt              | a Node.js stack frame",
      "java-arithmetic.txt              | a Java or Kotlin stack frame",
      "java-caused-by.txt               | a Java or Kotlin stack frame",
      "kotlin-null-pointer.txt          | a Java or Kotlin stack frame",
      "go-panic.txt                     | a Go panic",
      "ruby-no-method.txt               | a Ruby stack frame",
      "php-uncaught.html                | a PHP error location",
      "dotnet-ysod.html                 | ASP.NET's error page",
      "dotnet-core-console.txt          | a .NET stack frame",
      "express-debug-page.html          | Express's development error page",
      "werkzeug-debugger.html           | the Werkzeug debugger",
      "django-debug.html                | Django's debug page",
      "spring-whitelabel-trace.html     | a Spring class name",
      "laravel-ignition.html            | a Laravel or Symfony class name",
      "symfony-exception.html           | a Laravel or Symfony class name"})
  void recognizesEveryTraceOfTheCorpusByItsOwnSignature(String file, String signature) throws IOException {
    String body = resource(file);

    assertThat(StackTraceSignatures.find(body)).isPresent();
    assertThat(StackTraceSignatures.ALL).filteredOn(s -> s.name().equals(signature)).singleElement()
        .satisfies(s -> assertThat(s.find(body)).as(file).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"detail\":\"Not Found\"}",
      "{\"detail\":\"Method Not Allowed\"}",
      "{\"error\":\"invalid JSON: unexpected end of input at position 22\"}",
      "{\"timestamp\":\"2026-11-23T15:00:00Z\",\"status\":400,\"error\":\"Bad Request\",\"path\":\"/api/auth/login\"}",
      "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr>"
          + "<center>nginx</center></body></html>",
      "<html><body><h1>Whitelabel Error Page</h1><div>There was an unexpected error (type=Not Found, "
          + "status=404).</div></body></html>",
      "<!doctype html><html><head><script src=\"/static/js/main.3f2a1b.js\"></script></head><body>"
          + "<div id=\"root\"></div></body></html>",
      "Meeting starts at 10:30 (see https://example.com/app/docs/intro.js for details)",
      "{\"detail\":[{\"loc\":[\"body\",12],\"msg\":\"Expecting ',' delimiter\",\"type\":\"value_error.jsondecode\"}]}",
      "400 Bad Request: Request Header Fields Too Large",
      ""})
  void ignoresOrdinaryErrorBodiesAndPages(String body) {
    assertThat(StackTraceSignatures.find(body)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"error\":\"connect failed: postgres://app:s3cret@db:5432/rooms\"} | postgres://a<redacted>",
      "Server=db;Database=rooms;User Id=sa;Password=s3cret;               | Server=db;Da<redacted>"})
  void showsOnlyTheStartOfAConnectionString(String body, String excerpt) {
    Optional<StackTraceSignatures.Match> match = StackTraceSignatures.find(body);

    assertThat(match).get().extracting(m -> m.signature().name()).isEqualTo("a connection string");
    assertThat(match.get().excerpt()).isEqualTo(excerpt).doesNotContain("s3cret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"error\":\"ENOENT: no such file, open '/app/config/settings.js'\"}",
      "could not load C:\\inetpub\\wwwroot\\App\\Web.dll"})
  void recognizesServerFilePaths(String body) {
    assertThat(StackTraceSignatures.find(body)).get().extracting(m -> m.signature().name())
        .isEqualTo("a server file path");
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = StackTraceSignaturesTest.class.getResourceAsStream("traces/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
