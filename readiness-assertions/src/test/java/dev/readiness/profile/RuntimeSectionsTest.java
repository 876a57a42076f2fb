package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runtime checks' sections: persistence, dependency, shutdown and session, their defaults and their errors. */
class RuntimeSectionsTest {

  private static StackProfile parse(String body) {
    return StackProfile.parse("target:\n  url: http://127.0.0.1:8080\n" + body, Path.of("."), Map.of());
  }

  @Test
  void readsEverySectionWithItsValues() {
    StackProfile profile = parse("""
        persistence:
          create: {method: post, path: /api/notes, body: '{"text":"x"}'}
          read: {path: '/api/notes/${id}'}
          idPointer: /data/id
          container: api
          healthWithin: 20s
        dependency:
          container: db
          api: {path: /api/notes}
          within: 15s
        shutdown:
          request: {path: /slow}
          stopTimeout: 4s
        session:
          maxLifetime: 7d
          idleTimeout: 2m
        """);

    assertThat(profile.persistence()).contains(new Persistence(new RequestTemplate("POST", "/api/notes",
        "{\"text\":\"x\"}"), new RequestTemplate("GET", "/api/notes/${id}", ""), "/data/id", Optional.of("api"),
        Duration.ofSeconds(20)));
    assertThat(profile.dependency()).contains(new Dependency("db", Optional.of(new RequestTemplate("GET",
        "/api/notes", "")), Duration.ofSeconds(15)));
    assertThat(profile.shutdown()).contains(new Shutdown(new RequestTemplate("GET", "/slow", ""),
        Duration.ofSeconds(4), Optional.empty()));
    assertThat(profile.session()).isEqualTo(new Session(Duration.ofDays(7), Optional.of(Duration.ofMinutes(2))));
  }

  @Test
  void appliesTheDefaults() {
    StackProfile profile = parse("""
        persistence:
          create: {method: POST, path: /a}
          read: {path: '/a/${id}'}
        dependency:
          container: db
        shutdown:
          request: {path: /slow}
        """);

    assertThat(profile.persistence().orElseThrow().idPointer()).isEqualTo("/id");
    assertThat(profile.persistence().orElseThrow().healthWithin()).isEqualTo(Duration.ofSeconds(60));
    assertThat(profile.dependency().orElseThrow().within()).isEqualTo(Duration.ofSeconds(30));
    assertThat(profile.shutdown().orElseThrow().stopTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(profile.session()).isEqualTo(Session.DEFAULT);
    assertThat(parse("").persistence()).isEmpty();
    assertThat(parse("").session().maxLifetime()).isEqualTo(Duration.ofDays(30));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      dependency: {within: 5s}                                    | readiness.yaml:3: dependency.container: required key is missing
      dependency: {container: ' '}                                | readiness.yaml:3: dependency.container: a container name or id cannot be blank
      shutdown: {request: {path: /a, verb: GET}}                  | readiness.yaml:3: shutdown.request.verb: unknown key; expected one of method, path, body
      shutdown: {request: {method: 'GET /', path: /a}}            | readiness.yaml:3: shutdown.request.method: 'GET /' is not an HTTP method
      persistence: {create: {path: /a}, read: {path: /b}, idPointer: id} | readiness.yaml:3: persistence.idPointer: 'id' is not a JSON pointer; write it as /id or /data/id
      shutdown: {request: {path: /a}, stopTimeout: 5m}            | readiness.yaml:3: shutdown.stopTimeout: 5m is outside 1s to 120s, which the check's deadline allows
      dependency: {container: db, within: 500ms}                  | readiness.yaml:3: dependency.within: 500ms is outside 1s to 90s, which the check's deadline allows
      session: {idleTimeout: 10m}                                 | readiness.yaml:3: session.idleTimeout: 10m is longer than the 5 minutes auth.session-lifetime waits; set a short idle timeout in the test stack, or leave it out
      """)
  void namesTheKeyAndLineOfABadValue(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ProfileException.class).hasMessage(message);
  }
}
