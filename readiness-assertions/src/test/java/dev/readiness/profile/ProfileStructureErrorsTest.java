package dev.readiness.profile;

import static dev.readiness.profile.ProfileFixtures.parseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown keys, wrong types, missing keys and unreadable YAML: each names the key and line. */
class ProfileStructureErrorsTest {

  @Test
  void namesKeyAndLineOfUnknownRootKey() {
    ProfileException e = parseError("target:\n  url: https://a.example\ntarget_url: x\n");

    assertThat(e).hasMessage("readiness.yaml:3: target_url: unknown key; expected one of target, profile,"
        + " paths, auth, jwt, hsts, cors, rateLimit, upload, websocket, exposure, repository, load, containers,"
        + " persistence, dependency, shutdown, session");
    assertThat(e.key()).isEqualTo("target_url");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.file()).isEmpty();
  }

  @Test
  void namesKeyAndLineOfUnknownNestedKey() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  timout: 5s\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.timout: unknown key; expected one of url, httpUrl, trust, timeout, maxRequestsPerSecond, maxWait, scanTimeout");
  }

  @Test
  void namesKeyAndLineOfUnknownKeyInAListItem() {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        rateLimit:
          endpoints:
            - path: /a
            - path: /b
              maxRequest: 10
        """);

    assertThat(e).hasMessage("readiness.yaml:6: rateLimit.endpoints[1].maxRequest: unknown key;"
        + " expected one of path, method, authenticated, maxRequests");
  }

  @Test
  void namesKeyAndLineOfUnknownKeyDeepInAuth() {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        auth:
          login:
            path: /login
            tokenPointer: /t
        """);

    assertThat(e.key()).isEqualTo("auth.login.tokenPointer");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void namesKeyAndLineOfAListWhereAStringIsExpected() {
    ProfileException e = parseError("target:\n  url: [https://a.example]\n");

    assertThat(e).hasMessage("readiness.yaml:2: target.url: expected a single value, found a list");
  }

  @Test
  void namesKeyAndLineOfAStringWhereAListIsExpected() {
    ProfileException e = parseError("target: {url: https://a.example}\ncors:\n  allowedOrigins: https://a.example\n");

    assertThat(e).hasMessage("readiness.yaml:3: cors.allowedOrigins: expected a list, found a single value");
  }

  @Test
  void namesKeyAndLineOfAStringWhereAMappingIsExpected() {
    ProfileException e = parseError("target: https://a.example\n");

    assertThat(e).hasMessage("readiness.yaml:1: target: expected a mapping, found a single value");
  }

  @Test
  void namesKeyAndLineOfAWrongBoolean() {
    ProfileException e = parseError("target: {url: https://a.example}\ncors:\n  public: yes please\n");

    assertThat(e).hasMessage("readiness.yaml:3: cors.public: 'yes please' is not a boolean; use true or false");
  }

  @Test
  void namesKeyAndLineOfAWrongNumber() {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        rateLimit:
          endpoints:
            - path: /a
              maxRequests: 0
        """);

    assertThat(e).hasMessage("readiness.yaml:5: rateLimit.endpoints[0].maxRequests: '0' is out of range: use"
        + " from 1 to 100000 requests (the cap)");
  }

  @Test
  void namesTheMissingTargetUrlAtItsSectionLine() {
    ProfileException e = parseError("profile: modern\ntarget:\n  timeout: 5s\n");

    assertThat(e).hasMessage("readiness.yaml:2: target.url: required key is missing");
  }

  @Test
  void namesTheMissingTargetSection() {
    ProfileException e = parseError("profile: modern\n");

    assertThat(e).hasMessage("readiness.yaml:1: target: required key is missing");
  }

  @Test
  void treatsAnEmptyValueAsMissing() {
    ProfileException e = parseError("target:\n  url:\n");

    assertThat(e).hasMessage("readiness.yaml:1: target.url: required key is missing");
  }

  @Test
  void namesTheMissingLoginPath() {
    ProfileException e = parseError("""
        target: {url: https://a.example}
        auth:
          login:
            body: '{}'
            user: alice
            password: pw
        """);

    assertThat(e).hasMessage("readiness.yaml:3: auth.login.path: required key is missing");
  }

  @Test
  void namesKeyAndLineOfADuplicateKey() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  url: https://b.example\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.url: duplicate key; first given on line 2");
  }

  @Test
  void refusesYamlAliases() {
    ProfileException e = parseError("target:\n  url: &u https://a.example\n  httpUrl: *u\n");

    assertThat(e).hasMessage("readiness.yaml:3: target.httpUrl: YAML aliases (*u) are not supported");
  }

  @Test
  void givesTheParserLineForMalformedYaml() {
    ProfileException e = parseError("target:\n  url: https://a.example\n  timeout: 5s: x\n");

    assertThat(e).hasMessage("readiness.yaml:3: invalid YAML: mapping values are not allowed here");
    assertThat(e.key()).isEmpty();
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void givesTheLineOfATabIndentation() {
    ProfileException e = parseError("target:\n  url: https://a.example\n\ttimeout: 5s\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).startsWith("invalid YAML: found character '\\t(TAB)' that cannot start any token.");
  }

  @Test
  void givesTheLineWhereAnUnclosedListEnds() {
    ProfileException e = parseError("target:\n  url: https://a.example\ncors:\n  allowedOrigins: [https://a.example\n");

    assertThat(e).hasMessage("readiness.yaml:5: invalid YAML: expected ',' or ']', but got <stream end>"
        + " (while parsing a flow sequence from line 4)");
  }

  @Test
  void refusesAnEmptyProfile() {
    assertThat(parseError("")).hasMessage("readiness.yaml: the profile is empty; it needs at least target.url");
    assertThat(parseError("# nothing yet\n"))
        .hasMessage("readiness.yaml: the profile is empty; it needs at least target.url");
  }

  @Test
  void refusesARootThatIsNotAMapping() {
    assertThat(parseError("- target\n"))
        .hasMessage("readiness.yaml:1: a profile is a mapping of keys such as target.url; found a list");
    assertThat(parseError("https://a.example\n"))
        .hasMessage("readiness.yaml:1: a profile is a mapping of keys such as target.url; found a single value");
  }

  @Test
  void refusesASecondDocument() {
    ProfileException e = parseError("target: {url: https://a.example}\n---\ntarget: {url: https://b.example}\n");

    assertThat(e).hasMessage("readiness.yaml:3: a profile is a single YAML document; found another one");
  }

  @Test
  void refusesDeepNesting() {
    ProfileException e = parseError("target: {url: https://a.example}\nexposure: {allow: "
        + "[".repeat(40) + "]".repeat(40) + "}\n");

    assertThat(e.reason()).isEqualTo("nested deeper than 16 levels");
    assertThat(e.key()).startsWith("exposure.allow[0][0]");
  }

  @Test
  void refusesTextOverOneMebibyte() {
    String yaml = "target: {url: https://a.example}\n#" + "x".repeat(1024 * 1024) + "\n";

    assertThat(parseError(yaml))
        .hasMessage("readiness.yaml: the profile is larger than 1048576 bytes (1 MiB); refusing to read it");
  }

  @Test
  void refusesAFileOverOneMebibyteBeforeParsingIt(@TempDir Path directory) throws IOException {
    Path file = Files.write(directory.resolve("readiness.yaml"), new byte[1024 * 1024 + 1]);

    ProfileException e = catchThrowableOfType(ProfileException.class, () -> StackProfile.load(file));

    assertThat(e).hasMessage("readiness.yaml: the profile is larger than 1048576 bytes (1 MiB); refusing to read it");
    assertThat(e.file()).contains(file);
  }

  @Test
  void refusesAFileThatIsNotUtf8(@TempDir Path directory) throws IOException {
    Path file = Files.write(directory.resolve("readiness.yaml"),
        "target: {url: https://caf\u00e9.example}\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(catchThrowableOfType(ProfileException.class, () -> StackProfile.load(file)))
        .hasMessage("readiness.yaml: the file is not valid UTF-8");
  }

  @Test
  void namesAMissingFile(@TempDir Path directory) {
    Path file = directory.resolve("readiness.yaml");

    assertThat(catchThrowableOfType(ProfileException.class, () -> StackProfile.load(file)))
        .hasMessage("readiness.yaml: no such file: " + file);
  }
}
