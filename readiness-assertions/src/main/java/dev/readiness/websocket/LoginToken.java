package dev.readiness.websocket;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Logs in with {@code auth.login} and reads the access token at its JSON pointer. */
final class LoginToken {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LoginToken() {}

  /** @return the access token; a failed login is a {@link ProbeException} (the check becomes ERROR) */
  static String obtain(HttpProbe http, Login login, String pointer) {
    boolean json = login.contentType().contains("json");
    String body = login.body()
        .replace("${user}", escape(login.user(), json))
        .replace("${password}", escape(login.password(), json));
    HttpExchange exchange = http.send(ProbeRequest.builder("POST", http.resolve(login.path()))
        .body(body, login.contentType()).build());
    if (!exchange.isSuccessful()) {
      throw new ProbeException(exchange.summary() + ": the login of auth.login failed, so the authenticated "
          + "handshake cannot be made");
    }
    try {
      JsonNode token = JSON.readTree(exchange.body()).at(pointer);
      if (!token.isTextual() || token.asText().isEmpty()) {
        throw new ProbeException(exchange.summary() + ": no access token at " + pointer + " in the login answer");
      }
      return token.asText();
    } catch (java.io.IOException e) {
      throw new ProbeException(exchange.summary() + ": the login answer is not JSON: " + e.getMessage(), e);
    }
  }

  private static String escape(String value, boolean json) {
    return json ? new String(JsonStringEncoder.getInstance().quoteAsString(value))
        : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
