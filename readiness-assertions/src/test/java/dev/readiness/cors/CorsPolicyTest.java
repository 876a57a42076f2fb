package dev.readiness.cors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.check.Finding;
import dev.readiness.cors.OriginVariant.Kind;
import dev.readiness.http.HttpHeader;
import dev.readiness.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven tests of the six CORS verdicts. A row names the verdict, the responses the probe saw and the findings
 * expected. A response is {@code KIND>Access-Control-Allow-Origin[>flags]}: the origin sent follows from the kind,
 * {@code echo} answers with that origin, {@code -} sends no header, and the flags add
 * {@code Access-Control-Allow-Credentials: true} ({@code c}) and {@code Vary: Origin} ({@code v}). Findings are
 * {@code SEVERITY: part of the message}, separated by {@code /}; {@code -} expects none.
 */
class CorsPolicyTest {

  private static final String ALLOWED = "https://app.example.com";
  /** A control that held: the plain request of the home path answered 200. */
  static final CorsControl PLAIN = new CorsControl("GET https://api.example/", 200);
  private static final Map<Kind, String> SENT = Map.of(Kind.ALLOWED, ALLOWED, Kind.FOREIGN, "https://x7.example",
      Kind.NULL, "null", Kind.SUFFIX, "https://evilapp.example.com", Kind.PREFIX,
      "https://app.example.com.evil.example", Kind.UNESCAPED_DOT, "https://appxexample.com", Kind.SUBSTRING,
      "https://app.example.co", Kind.ANY_SUBDOMAIN, "https://evil.app.example.com", Kind.SCHEME_HTTP,
      "http://app.example.com");
  private static final Map<String, Function<CorsObservations, List<Finding>>> VERDICTS = Map.of(
      "allowed", CorsPolicy::allowed, "wildcard", CorsPolicy::wildcard, "reflection", CorsPolicy::reflection,
      "null-origin", CorsPolicy::nullOrigin, "bypass", CorsPolicy::bypass, "credentials", CorsPolicy::credentials);

  @ParameterizedTest(name = "cors.{0} on {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      allowed     | ALLOWED>echo>v                         | -
      allowed     | ALLOWED>*                              | -
      allowed     | ALLOWED>->v;ALLOWED>echo>cv            | -
      allowed     | ALLOWED>-                              | FAIL: the configured allowed origin https://app.example.com is refused
      allowed     | ALLOWED>https://b.example              | FAIL: the configured allowed origin https://app.example.com is refused
      allowed     | ALLOWED>https://app.example.com, https://b.example | FAIL: must hold exactly one origin; a list or repeated header grants nothing
      allowed     | ALLOWED>echo                           | WARNING: but no Vary: Origin
      wildcard    | FOREIGN>echo;ALLOWED>echo>v            | -
      wildcard    | FOREIGN>*                              | FAIL: any website may read this response, and the profile does not declare the API public
      wildcard    | ALLOWED>*>v;FOREIGN>*>v                | FAIL: with Origin: https://app.example.com / FAIL: with Origin: https://x7.example
      wildcard    | FOREIGN>*>c                            | WARNING: cors.credentials reports the credentials
      reflection  | FOREIGN>-                              | -
      reflection  | FOREIGN>*                              | -
      reflection  | ALLOWED>echo>v                         | -
      reflection  | FOREIGN>echo>v                         | FAIL: the stack echoes an arbitrary Origin, so any website may read its responses
      reflection  | FOREIGN>echo>cv                        | FAIL: may read its responses, with the user's cookies (Access-Control-Allow-Credentials: true)
      reflection  | FOREIGN>echo                           | FAIL: echoes an arbitrary Origin / WARNING: but no Vary: Origin
      null-origin | NULL>-                                 | -
      null-origin | NULL>*                                 | -
      null-origin | NULL>echo                              | FAIL: with Origin: null answered 200 with Access-Control-Allow-Origin: null: any sandboxed iframe
      null-origin | NULL>echo>c                            | FAIL: so any website may read this response, with the user's cookies
      bypass      | SUFFIX>-;PREFIX>-;SCHEME_HTTP>-        | -
      bypass      | SUFFIX>*                               | -
      bypass      | SUFFIX>echo                            | FAIL: https://evilapp.example.com is a look-alike (suffix match) of the allowed origin https://app.example.com and is accepted
      bypass      | PREFIX>echo                            | FAIL: is a look-alike (prefix match)
      bypass      | UNESCAPED_DOT>echo                     | FAIL: is a look-alike (unescaped dot)
      bypass      | SUBSTRING>echo                         | FAIL: is a look-alike (substring match)
      bypass      | ANY_SUBDOMAIN>echo                     | FAIL: is a look-alike (any subdomain)
      bypass      | SCHEME_HTTP>echo>c                     | FAIL: (https origin trusts http) of the allowed origin https://app.example.com and is accepted, with the user's cookies
      bypass      | FOREIGN>echo;SUFFIX>echo>c             | FAIL: of the allowed origin https://app.example.com and is accepted, with the user's cookies (Access-Control-Allow-Credentials: true); the stack echoes any origin (cors.reflection reports that too)
      credentials | ALLOWED>echo>cv                        | -
      credentials | FOREIGN>echo                           | -
      credentials | FOREIGN>*>c                            | FAIL: credentials with * are refused by browsers
      credentials | SUFFIX>echo>c                          | FAIL: a website at https://evilapp.example.com, which is not a configured origin, may read responses with the user's cookies
      credentials | NULL>echo>c                            | FAIL: a website at null, which is not a configured origin
      """)
  void judgesWhatTheProbeSaw(String verdict, String responses, String expected) {
    List<Finding> findings = VERDICTS.get(verdict).apply(observations(false, responses));

    List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" / "));
    assertThat(findings).hasSameSizeAs(wanted);
    for (int i = 0; i < wanted.size(); i++) {
      String[] severityAndText = wanted.get(i).split(": ", 2);
      assertThat(findings.get(i).severity().name()).isEqualTo(severityAndText[0]);
      assertThat(findings.get(i).message()).contains(severityAndText[1]);
      assertThat(findings.get(i).fix()).isNotBlank();
    }
  }

  @Test
  void wildcardIsAcceptedWhenTheProfileDeclaresTheApiPublic() {
    assertThat(CorsPolicy.wildcard(observations(true, "FOREIGN>*;ALLOWED>*"))).isEmpty();
  }

  @Test
  void controlHoldsOnlyWhenEveryConfiguredOriginIsGranted() {
    assertThat(CorsPolicy.controlHolds(observations(false, "ALLOWED>echo"))).isTrue();
    assertThat(CorsPolicy.controlHolds(observations(false, "ALLOWED>-"))).isFalse();
    assertThat(CorsPolicy.controlHolds(new CorsObservations(PLAIN, List.of(), false, List.of(), List.of()))).isFalse();
  }

  @Test
  void messagesNameWhatWasSentAndWhatCameBack() {
    assertThat(CorsPolicy.reflection(observations(false, "FOREIGN>echo>cv"))).singleElement()
        .extracting(Finding::message).asString().startsWith("GET https://api.example/rooms with Origin: "
            + "https://x7.example answered 200 with Access-Control-Allow-Origin: https://x7.example, "
            + "Access-Control-Allow-Credentials: true: the stack echoes");
  }

  private static CorsObservations observations(boolean isPublic, String responses) {
    List<CorsResponse> seen = new ArrayList<>();
    for (String spec : responses.split(";")) {
      String[] parts = spec.strip().split(">");
      Kind kind = Kind.valueOf(parts[0]);
      String origin = SENT.get(kind);
      List<HttpHeader> headers = new ArrayList<>();
      if (!parts[1].equals("-")) {
        headers.add(new HttpHeader("Access-Control-Allow-Origin", parts[1].equals("echo") ? origin : parts[1]));
      }
      String flags = parts.length > 2 ? parts[2] : "";
      if (flags.contains("c")) {
        headers.add(new HttpHeader("Access-Control-Allow-Credentials", "true"));
      }
      if (flags.contains("v")) {
        headers.add(new HttpHeader("Vary", "Origin"));
      }
      seen.add(new CorsResponse(new OriginVariant(kind, origin, kind.isLookAlike() ? ALLOWED : ""), false,
          "GET https://api.example/rooms", 200, CorsHeaders.parse(new HttpHeaders(headers))));
    }
    return new CorsObservations(PLAIN, List.of(ALLOWED), isPublic, seen, List.of());
  }

  @ParameterizedTest(name = "plain request answered {0}: control holds {1}")
  @CsvSource({"200, true", "204, true", "301, true", "302, true", "401, false", "403, false", "404, false",
      "500, false", "502, false"})
  void theControlHoldsOnlyForANormalAnswerToThePlainRequest(int status, boolean holds) {
    assertThat(new CorsControl("GET https://api.example/", status).failure().isEmpty()).isEqualTo(holds);
  }
}
