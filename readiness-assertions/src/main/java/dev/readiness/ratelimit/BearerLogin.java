package dev.readiness.ratelimit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Login;
import java.io.IOException;

/**
 * The minimal login the rate-limit bursts need for authenticated endpoints: posts the profile's login body and reads
 * the access token at its JSON pointer. Any failure is a {@link ProbeException} naming the login.
 */
final class BearerLogin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BearerLogin() {}

  static String accessToken(HttpProbe probe, Login login) {
    String pointer = login.accessToken().orElseThrow(() -> new ProbeException(
        "auth.login.accessToken is not configured in the stack profile; an authenticated burst needs a token"));
    String body = login.body().replace("${user}", login.user()).replace("${password}", login.password());
    HttpExchange response = probe.send(ProbeRequest.builder("POST", probe.resolve(login.path()))
        .body(body, login.contentType()).build());
    if (!response.isSuccessful()) {
      throw new ProbeException("login as " + login.user() + " failed: " + response.summary());
    }
    try {
      JsonNode token = JSON.readTree(response.body()).at(JsonPointer.compile(pointer));
      if (!token.isTextual()) {
        throw new ProbeException("login as " + login.user() + " answered no string at " + pointer);
      }
      return token.asText();
    } catch (IOException | IllegalArgumentException e) {
      throw new ProbeException("login as " + login.user() + " answered a body that is not JSON with a token at "
          + pointer + ": " + e.getMessage(), e);
    }
  }
}
