package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values of the right type that are still wrong: each names the key, the line and the value. */
class ProfileValueErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "htp://x            | 'htp://x' is not an absolute http:// or https:// URL",
      "localhost:8443     | 'localhost:8443' is not an absolute http:// or https:// URL",
      "/api               | '/api' is not an absolute http:// or https:// URL",
      "https:///nohost    | 'https:///nohost' has no host",
      "\"https://a b\"      | 'https://a b' is not a valid URL: Illegal character in authority",
      "https://user:secretpw@h/ | 'https://user:<redacted>@h/' carries a user name or password before the host;"
          + " Readiness never sends them and would print them in every report: remove them (log-in credentials"
          + " go under auth.login)",
      "http://127.0.0.1:99999/ | 'http://127.0.0.1:99999/' has port 99999; a port is from 1 to 65535",
      "http://127.0.0.1:0/ | 'http://127.0.0.1:0/' has port 0; a port is from 1 to 65535",
  })
  void namesKeyLineAndValueOfABadTargetUrl(String url, String reason) {
    ProfileException e = parseError("target:\n  url: " + url + "\n");

    assertThat(e).hasMessage("readiness.yaml:2: target.url: " + reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "https://app.example.com/     | it has a path",
      "https://app.example.com/x    | it has a path",
      "https://app.example.com?x=1  | it has a query or fragment",
      "https://u@app.example.com    | it has user info",
      "app.example.com              | it has no scheme or no host",
      "\"*\"                          | set cors.public: true to accept any origin",
  })
  void namesKeyLineAndValueOfABadOrigin(String origin, String why) {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        cors:
          allowedOrigins:
            - https://ok.example:8443
            - '%s'
        """.formatted(origin));

    assertThat(e.key()).isEqualTo("cors.allowedOrigins[1]");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo("'" + origin + "' is not an origin (scheme://host[:port]): " + why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "target: {url: https://a.example, httpUrl: 'ftp://a.example'} | 1 | target.httpUrl"
          + " | 'ftp://a.example' is not an absolute http:// or https:// URL",
      "profile: strict | 2 | profile | 'strict' is not a TLS profile; use intermediate, modern or baseline",
      "profile: Modern | 2 | profile | 'Modern' is not a TLS profile; use intermediate, modern or baseline",
      "paths: {health: health} | 2 | paths.health"
          + " | 'health' is not a path on the target; it must start with a single / and contain no spaces",
      "paths: {protected: //evil.example/x} | 2 | paths.protected"
          + " | '//evil.example/x' is not a path on the target; it must start with a single / and contain no spaces",
      "auth: {defaultCredentials: [admin]} | 2 | auth.defaultCredentials[0] | expected user:password, found no colon",
      "auth: {defaultCredentials: [':secret']} | 2 | auth.defaultCredentials[0]"
          + " | expected user:password, found an empty user",
      "rateLimit: {endpoints: [{path: /a, method: 'GET /'}]} | 2 | rateLimit.endpoints[0].method"
          + " | 'GET /' is not an HTTP method such as GET or POST",
      "rateLimit: {login: true, loginAttempts: 101} | 2 | rateLimit.loginAttempts"
          + " | 101 is more than the 100 failed logins an hour ASVS V2.2.1 tolerates; use at most 100",
      "rateLimit: {login: true, loginAttempts: 0} | 2 | rateLimit.loginAttempts"
          + " | '0' is not a whole number from 1 to 2147483647",
      "upload: {path: /f, maxBytes: 1, allowedTypes: [png]} | 2 | upload.allowedTypes[0]"
          + " | 'png' is not a media type such as image/png",
      "upload: {path: /f, maxBytes: 1MB} | 2 | upload.maxBytes"
          + " | '1MB' is not a whole number; use from 1 to 1073741824 bytes",
      "upload: {path: /f, maxBytes: 99999999999999} | 2 | upload.maxBytes"
          + " | '99999999999999' is out of range: use from 1 to 1073741824 bytes (the cap)",
      "upload: {path: /f, maxBytes: 99999999999999999999} | 2 | upload.maxBytes"
          + " | '99999999999999999999' is out of range: use from 1 to 1073741824 bytes (the cap)",
      "target: {url: https://a.example, timeout: 30d} | 1 | target.timeout"
          + " | '30d' is out of range: use from 1ms to 5m (the cap)",
      "target: {url: https://a.example, timeout: 100000d} | 1 | target.timeout"
          + " | '100000d' is out of range: use from 1ms to 5m (the cap)",
      "load: {path: /health, duration: 2h} | 2 | load.duration | '2h' is out of range: use from 1ms to 1h (the cap)",
      "load: {path: /health, p95: 5m} | 2 | load.p95 | '5m' is out of range: use from 1ms to 1m (the cap)",
      "load: {path: /health, concurrency: 20000} | 2 | load.concurrency"
          + " | '20000' is out of range: use from 1 to 10000 users (the cap)",
      "jwt: {maxLifetime: 999ms} | 2 | jwt.maxLifetime | '999ms' is out of range: use from 1s to 3650d (the cap)",
      "hsts: {minMaxAge: 4000d} | 2 | hsts.minMaxAge | '4000d' is out of range: use from 1s to 3650d (the cap)",
      "rateLimit: {endpoints: [{path: /a, maxRequests: 1000000}]} | 2 | rateLimit.endpoints[0].maxRequests"
          + " | '1000000' is out of range: use from 1 to 100000 requests (the cap)",
      "upload: {path: /f} | 2 | upload.maxBytes | required key is missing",
      "load: {path: /health, rate: -5} | 2 | load.rate"
          + " | '-5' is not a whole number; use from 1 to 100000 requests a second",
      "repository: no-such-dir | 2 | repository | 'no-such-dir' is not a directory (resolved to ",
  })
  void namesKeyLineAndReasonOfABadValue(String yaml, int line, String key, String reason) {
    String profile = yaml.startsWith("target:") ? yaml + "\n" : "target: {url: https://a.example}\n" + yaml + "\n";

    ProfileException e = parseError(profile);

    assertThat(e.key()).isEqualTo(key);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.reason()).startsWith(reason);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "access_token | 'access_token' is not a JSON pointer; it must start with /, such as /access_token",
      "\"#/access_token\" | '#/access_token' is not a JSON pointer; it must start with /, such as /access_token",
  })
  void namesKeyLineAndValueOfABadJsonPointer(String pointer, String reason) {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        auth:
          login:
            path: /login
            body: '{}'
            user: alice
            password: pw
            accessToken: '%s'
        """.formatted(pointer));

    assertThat(e).hasMessage("readiness.yaml:8: auth.login.accessToken: " + reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"body, 4", "user, 4", "password, 4"})
  void requiresTheLoginBodyUserAndPassword(String missing, int line) {
    String login = "path: /login, body: '{}', user: alice, password: pw"
        .replaceAll(missing + ": [^,]*(, )?", "")
        .replaceAll(", $", "");
    ProfileException e = parseError("target: {url: https://a.example}\nauth:\n  refresh: {path: /r, body: '{}'}\n"
        + "  login: {" + login + "}\n");

    assertThat(e).hasMessage("readiness.yaml:" + line + ": auth.login." + missing + ": required key is missing");
  }

  @org.junit.jupiter.api.Test
  void refusesAValueLongerThanEightKibAtItsLineWithoutEchoingIt() {
    String url = "https://a.example/" + "x".repeat(921 * 1024);

    ProfileException e = parseError("target:\n  url: " + url + "\n");

    assertThat(e).hasMessage("readiness.yaml:2: the line is " + (url.length() + 7) + " characters long;"
        + " a value is at most 8192 characters (8 KiB)");
  }

  @org.junit.jupiter.api.Test
  void refusesAFoldedValueLongerThanEightKibAtItsKey() {
    String lines = ("    " + "x".repeat(1000) + "\n").repeat(9);

    ProfileException e = parseError("target:\n  url: https://a.example\npaths:\n  home: >\n" + lines);

    assertThat(e).hasMessageStartingWith("readiness.yaml:4: paths.home: the value is 9009 characters long;");
  }

  @org.junit.jupiter.api.Test
  void refusesAValueThatAnEnvironmentReferenceMakesLongerThanEightKib() {
    ProfileException e = org.assertj.core.api.Assertions.catchThrowableOfType(ProfileException.class,
        () -> StackProfile.parse("target:\n  url: https://a.example/${env:LONG}\n", java.nio.file.Path.of("."),
            java.util.Map.of("LONG", "y".repeat(10_000))));

    assertThat(e.reason()).isEqualTo("the value is 10018 characters long; a value is at most 8192 characters (8 KiB)");
  }

  @org.junit.jupiter.api.Test
  void refusesAnOverlongKeyWithoutEchoingIt() {
    ProfileException e = parseError("target:\n  url: https://a.example\n" + "k".repeat(500) + ": 1\n");

    assertThat(e.getMessage()).hasSizeLessThan(200).contains("a key of 500 characters; a key is at most 128");
  }
}
