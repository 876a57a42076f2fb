package dev.readiness.profile;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import java.util.Optional;

/** Reads the {@code auth} section: login, refresh and default credentials. */
final class AuthReader {

  private AuthReader() {}

  /** @return the auth settings, when the section is present */
  static Optional<Auth> read(ProfileNode root) {
    return root.section("auth", "login", "refresh", "defaultCredentials").map(AuthReader::auth);
  }

  private static Auth auth(ProfileNode auth) {
    return new Auth(
        auth.section("login", "path", "body", "contentType", "user", "password", "accessToken",
            "refreshToken").map(AuthReader::login),
        auth.section("refresh", "path", "body").map(AuthReader::refresh),
        auth.value("defaultCredentials", AuthReader::credentials, List.of()));
  }

  private static Login login(ProfileNode login) {
    return new Login(
        login.required("path").path(),
        login.required("body").text(),
        login.value("contentType", ProfileNode::text, Login.DEFAULT_CONTENT_TYPE),
        DeferredText.of(login.required("user")),
        DeferredText.of(login.required("password")),
        login.get("accessToken").map(node -> node.as(AuthReader::jsonPointer)),
        login.get("refreshToken").map(node -> node.as(AuthReader::jsonPointer)));
  }

  private static Refresh refresh(ProfileNode refresh) {
    return new Refresh(refresh.required("path").path(), refresh.required("body").text());
  }

  private static List<Credentials> credentials(ProfileNode list) {
    return list.items().stream().map(item -> item.as(Credentials::parse)).toList();
  }

  private static String jsonPointer(String text) {
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a JSON pointer; it must start with /, such as /access_token");
    }
    JsonPointer.compile(text);
    return text;
  }
}
