package dev.readiness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvReferencesTest {

  private final EnvReferences env = new EnvReferences(Map.of("HOST", "shop.example", "EMPTY", ""));

  @Test
  void replacesASetVariable() {
    assertThat(env.resolve("https://${env:HOST}:8443")).isEqualTo("https://shop.example:8443");
  }

  @Test
  void usesTheDefaultWhenTheVariableIsUnsetOrEmpty() {
    assertThat(env.resolve("${env:PORT:-8443}")).isEqualTo("8443");
    assertThat(env.resolve("${env:EMPTY:-fallback}")).isEqualTo("fallback");
    assertThat(env.resolve("${env:PORT:-}")).isEmpty();
  }

  @Test
  void prefersASetVariableOverTheDefault() {
    assertThat(env.resolve("${env:HOST:-localhost}")).isEqualTo("shop.example");
  }

  @Test
  void keepsAnEmptySetVariableWithoutDefault() {
    assertThat(env.resolve("[${env:EMPTY}]")).isEqualTo("[]");
  }

  @Test
  void replacesSeveralReferencesInOneValue() {
    assertThat(env.resolve("${env:HOST}/${env:PORT:-1}/${env:HOST}")).isEqualTo("shop.example/1/shop.example");
  }

  @Test
  void leavesOtherPlaceholdersUntouched() {
    String template = "{\"username\":\"${user}\",\"password\":\"${password}\",\"t\":\"${refreshToken}\"}";

    assertThat(env.resolve(template)).isEqualTo(template);
  }

  @Test
  void doesNotExpandReferencesInsideAVariableValue() {
    EnvReferences nested = new EnvReferences(Map.of("A", "${env:B}", "B", "b"));

    assertThat(nested.resolve("${env:A}")).isEqualTo("${env:B}");
  }

  @Test
  void keepsDollarSignsInReplacementValues() {
    EnvReferences dollars = new EnvReferences(Map.of("PASSWORD", "p$1\\x"));

    assertThat(dollars.resolve("${env:PASSWORD}")).isEqualTo("p$1\\x");
  }

  @Test
  void rejectsAnUnsetVariableWithoutDefault() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> env.resolve("${env:APP_PASSWORD}"))
        .withMessage("environment variable APP_PASSWORD is not set and has no default"
            + " (use ${env:APP_PASSWORD:-default})");
  }

  @Test
  void rejectsAMalformedReference() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> env.resolve("${env:1HOST}"))
        .withMessage("'${env:1HOST}' is not a valid environment reference; use ${env:NAME} or ${env:NAME:-default}");
  }

  @Test
  void resolvesReferencesInAProfile() {
    StackProfile profile = StackProfile.parse("""
        target:
          url: https://${env:HOST}
          timeout: ${env:TIMEOUT:-7s}
        auth:
          login:
            path: /login
            body: '{"username":"${user}","password":"${password}"}'
            user: ${env:APP_USER:-alice}
            password: ${env:APP_PASSWORD}
        """, Path.of("."), Map.of("HOST", "shop.example", "APP_PASSWORD", "s3cret"));

    Login login = profile.auth().flatMap(Auth::login).orElseThrow();
    assertThat(profile.target().url()).hasToString("https://shop.example/");
    assertThat(profile.target().timeout()).hasSeconds(7);
    assertThat(login.user()).isEqualTo("alice");
    assertThat(login.password()).isEqualTo("s3cret");
    assertThat(login.body()).isEqualTo("{\"username\":\"${user}\",\"password\":\"${password}\"}");
  }

  @Test
  void aMissingCredentialVariableFailsWhenTheLoginIsReadNamingKeyAndLine() {
    StackProfile profile = StackProfile.parse("""
        target:
          url: https://shop.example
        auth:
          login:
            path: /login
            body: '{}'
            user: alice
            password: ${env:APP_PASSWORD}
        """, Path.of("."), Map.of());
    Login login = profile.auth().flatMap(Auth::login).orElseThrow();

    assertThat(profile.target().url()).hasToString("https://shop.example/");
    assertThat(login.resolvedPassword()).isEmpty();
    assertThat(login).hasToString("Login[path=/login, contentType=application/json, user=alice, password=***,"
        + " accessToken=-, refreshToken=-]");
    ProfileException e = catchThrowableOfType(ProfileException.class, login::credentials);

    assertThat(e).hasMessage("readiness.yaml:8: auth.login.password: environment variable APP_PASSWORD"
        + " is not set and has no default (use ${env:APP_PASSWORD:-default})");
    assertThat(e.key()).isEqualTo("auth.login.password");
    assertThat(e.line()).isEqualTo(8);
  }
}
