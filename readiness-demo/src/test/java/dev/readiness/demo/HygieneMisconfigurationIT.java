package dev.readiness.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HTTP hygiene faults, as a client sees them; the hardened stack shows none of them. */
class HygieneMisconfigurationIT {

  private static final String LOGIN = "{\"username\":\"alice\",\"password\":\"%s\"}";

  @Test
  void hardenedStackSendsASecureSessionCookieAndNoBannerOrDebugRoutes() {
    try (DemoStack stack = DemoStack.hardened()) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> login = client.postJson(stack.httpsUrl().resolve("/api/auth/login"),
          LOGIN.formatted(DemoStack.password()));
      HttpResponse<String> malformed = client.postJson(stack.httpsUrl().resolve("/api/auth/login"), "{\"a\":");

      assertThat(login.headers().allValues("Set-Cookie")).singleElement().asString()
          .matches("session=[0-9a-f-]{36}; Path=/; Secure; HttpOnly; SameSite=Lax");
      assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(malformed.body()).isEqualTo("{\"detail\":\"malformed JSON body\"}");
      assertThat(client.get(stack.httpsUrl().resolve("/.env")).statusCode()).isEqualTo(404);
      assertThat(client.get(stack.httpsUrl().resolve("/docs")).statusCode()).isEqualTo(404);
      assertThat(client.get(stack.httpsUrl().resolve("/openapi.json")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void headerFaultsChangeOnlyTheirHeader() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.FRAME_OPTIONS_MISSING,
        Misconfiguration.REFERRER_UNSAFE_URL, Misconfiguration.VERSION_BANNER))) {
      HttpResponse<String> home = new CaTrustingClient(stack.caCertificate()).get(stack.httpsUrl());

      assertThat(home.headers().firstValue("X-Frame-Options")).isEmpty();
      assertThat(home.headers().allValues("Content-Security-Policy"))
          .containsExactly("default-src 'none'; base-uri 'none'; form-action 'none'");
      assertThat(home.headers().allValues("Referrer-Policy")).containsExactly("unsafe-url");
      assertThat(home.headers().allValues("X-Powered-By")).containsExactly("Express");
      assertThat(home.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
  }

  @Test
  void cspUnsafeInlineKeepsFrameAncestors() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.CSP_UNSAFE_INLINE))) {
      HttpResponse<String> home = new CaTrustingClient(stack.caCertificate()).get(stack.httpsUrl());

      assertThat(home.headers().allValues("Content-Security-Policy"))
          .containsExactly("default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
      assertThat(home.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }
  }

  @Test
  void contentFaultsServeTheirContent() {
    try (DemoStack stack = DemoStack.start(Set.of(Misconfiguration.STACK_TRACES, Misconfiguration.DOTENV_EXPOSED,
        Misconfiguration.DEBUG_ENDPOINTS, Misconfiguration.COOKIE_INSECURE))) {
      CaTrustingClient client = new CaTrustingClient(stack.caCertificate());

      HttpResponse<String> malformed = client.postJson(stack.httpsUrl().resolve("/api/auth/login"), "{\"a\":");
      HttpResponse<String> login = client.postJson(stack.httpsUrl().resolve("/api/auth/login"),
          LOGIN.formatted(DemoStack.password()));
      HttpResponse<String> dotenv = client.get(stack.httpsUrl().resolve("/.env"));

      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(malformed.body()).contains("at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)");
      assertThat(login.headers().allValues("Set-Cookie")).singleElement().asString()
          .matches("session=[0-9a-f-]{36}; Path=/");
      assertThat(dotenv.statusCode()).isEqualTo(200);
      assertThat(dotenv.body()).startsWith("# rooms API\nDATABASE_URL=");
      assertThat(client.get(stack.httpsUrl().resolve("/docs")).body()).contains("SwaggerUIBundle");
      assertThat(client.get(stack.httpsUrl().resolve("/openapi.json")).body()).startsWith("{\"openapi\":\"3.1.0\"");
    }
  }
}
