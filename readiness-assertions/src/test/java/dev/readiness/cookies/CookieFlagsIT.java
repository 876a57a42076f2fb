package dev.readiness.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.profile.StackProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code cookies.flags} against scripted servers, with a form login. */
class CookieFlagsIT {

  private static final String PROFILE = """
      auth:
        login:
          path: /login
          body: 'username=${user}&password=${password}'
          contentType: application/x-www-form-urlencoded
          user: alice
          password: 'p&ss w0rd!'
      """;

  @Test
  void logsInWithTheFormAndFailsItsInsecureSessionCookie() {
    AtomicReference<String> loginBody = new AtomicReference<>();
    CheckResult result = run(request -> {
      if (request.getUrl().encodedPath().equals("/login")) {
        loginBody.set(request.getBody().utf8());
        return new MockResponse.Builder().code(302).setHeader("Location", "/")
            .setHeader("Set-Cookie", "JSESSIONID=ABC123; Path=/; HttpOnly").build();
      }
      return new MockResponse.Builder().code(200).setHeader("Set-Cookie", "theme=dark; Secure; SameSite=Lax").build();
    });

    assertThat(loginBody.get()).isEqualTo("username=alice&password=p%26ss+w0rd%21");
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).matches("the login failed \\(POST http://localhost:\\d+/login -> 302\\), so the "
        + "cookies it sets cannot be checked; check auth.login in the stack profile");
    assertThat(String.valueOf(result.evidence())).doesNotContain("p&ss w0rd!", "p%26ss+w0rd%21", "ABC123");
  }

  @Test
  void failsACookieOfASuccessfulLoginWithoutSecure() {
    CheckResult result = run(request -> request.getUrl().encodedPath().equals("/login")
        ? new MockResponse.Builder().code(200).setHeader("Set-Cookie", "sid=abc; Path=/; HttpOnly; SameSite=Strict")
            .build()
        : new MockResponse.Builder().code(200).build());

    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message()).matches("POST http://localhost:\\d+/login -> 200 set cookie 'sid' \\(sid=<value>; "
        + "path=/; httponly; samesite=Strict\\) without Secure, so it is also sent over plain HTTP");
  }

  @Test
  void passesWhenNoCookieIsSet() {
    CheckResult result = run(request -> new MockResponse.Builder().code(200).body("{}").build());

    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.message()).isEqualTo("no cookie was set");
  }

  private static CheckResult run(Function<RecordedRequest, MockResponse> answers) {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return answers.apply(request);
        }
      });
      server.start();
      StackProfile profile = StackProfile.parse("target:\n  url: " + server.url("/") + "\n" + PROFILE, Path.of("."),
          Map.of());
      return Readiness.check("cookies.flags", profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
